package vn.tonghop.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.TestSigning;
import vn.tonghop.support.Tokens;
import vn.tonghop.notification.Notification;
import vn.tonghop.user.Membership;

/**
 * Every endpoint of the portal, read from its own OpenAPI document so that a new endpoint cannot escape, called as an
 * anonymous visitor, a user of another tenant, a user of a sibling district, and users of two sibling communes below
 * the issuer, and the province above the issuer (which reads all of it), each aimed at data that is not theirs. The
 * data carries unique markers: no answer may contain a marker its caller must not see (binary files are unpacked to
 * look), no write may be accepted, nothing may fail with 5xx, and the data must be unchanged afterwards.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    /**
     * Posts any logged-in user may make: checks that change nothing (validating, importing or converting an outline
     * stores nothing), and copying a template of the tenant's library into a new version of one's own (the copied
     * version stays as it is).
     */
    static final Set<String> OPEN_POSTS = Set.of("POST /api/templates/validate", "POST /api/templates/import",
            "POST /api/templates/draft/yaml", "POST /api/templates/draft/outline", "POST /templates/builder/import",
            "POST /templates/builder/draft/yaml", "POST /templates/builder/draft/outline",
            "POST /templates/{code}/{version}/preview", "POST /templates/{code}/{version}/preview/autosave",
            "POST /templates/{code}/{version}/preview/calc", "POST /api/templates/{code}/{version}/copy",
            "POST /templates/{code}/{version}/copy", "POST /api/notifications/read-all",
            "POST /notifications/read-all");

    /** Page posts that answer a refusal by redirecting back with the message: the data check below judges them. */
    static final Set<String> REDIRECTING_POSTS = Set.of("POST /campaigns/{id}/attachments",
            "POST /campaigns/{id}/submissions/{unitCode}/attachments", "POST /attachments/{attachmentId}/delete");

    /** Posts that change nothing and that whoever reads the report may make: recomputing a form's formulas. */
    static final Set<String> READER_POSTS = Set.of("POST /campaigns/{id}/submissions/{unitCode}/calc");

    /** Paths anyone may open: the home page and the language switch. */
    static final Set<String> PUBLIC = Set.of("GET /", "GET /lang/{code}");

    @Inject
    PortalClock clock;

    @Inject
    TenantRunner tenants;

    final String nonce = UUID.randomUUID().toString().substring(0, 8);
    final String campaignTitle = "MẬT-T-" + nonce;
    final String baDinhMarker = "MẬT-BD-" + nonce;
    final String ngocTraoMarker = "MẬT-NT-" + nonce;
    final String consolidatedMarker = "MẬT-CR-" + nonce;
    final String unitMarker = "MẬT-U-" + nonce;
    final String templateMarker = "MẬT-TPL-" + nonce;
    final String unitCode = "MX" + nonce.toUpperCase();
    final String templateCode = "matrix-" + nonce;

    long campaign;
    long regime;
    long baDinhAttachment;
    long ngocTraoAttachment;
    long baDinhNotification;
    long ngocTraoNotification;
    long membership;
    Map<String, Object> before;

    record Persona(String user, String unitCode, long attachment, long notification, Set<String> forbidden) {
        String name() {
            return user == null ? "anonymous" : user;
        }
    }

    record Endpoint(String method, String path, String contentType) {
        String key() {
            return method + " " + path;
        }

        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    /** Built from the test method: REST Assured knows the portal's port only once a test runs. */
    void fixture() throws IOException {
        Scenario.april2017(clock);
        // A unit only the province's managers reach.
        Tokens.as("admin.thanhhoa").contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,parentCode,validFrom,validTo\n" + unitCode + ",Phòng " + unitMarker
                        + ",OFFICE,38,01/01/2000,\n")
                .post("/api/units/import").then().statusCode(200);
        // A user of a sibling district: issuer and viewer at Huyện Hà Trung.
        for (String role : List.of("ISSUER", "VIEWER")) {
            Tokens.as("admin.thanhhoa").redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("username", "hatrung.vp")
                    .formParam("displayName", "Văn phòng huyện Hà Trung").formParam("unitCode", "384")
                    .formParam("role", role).post("/memberships").then().statusCode(303);
        }
        membership = tenants.call("thanh-hoa", () -> Membership
                .<Membership> find("user.username = ?1 and role = ?2", "hatrung.vp", vn.tonghop.user.Role.VIEWER)
                .firstResult().id);
        // A template version the tenant owns.
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("templates-outline/mot-cua-2017-q1.yaml"))
                .replace("code: mot-cua-2017-q1", "code: " + templateCode)
                .replaceFirst("title: ", "title: " + templateMarker + " ");
        Tokens.as("vp.bimson")
                .config(RestAssured.config()
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                .encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml; charset=UTF-8").body(yaml).post("/api/templates").then()
                .statusCode(201);

        Map<String, Object> request = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794", "14797"));
        request.put("title", campaignTitle);
        campaign = Scenario.createAndPublish("vp.bimson", request);
        // a regime of Bỉm Sơn with nothing opened yet, ending with its first period
        Map<String, Object> regimeBody = new LinkedHashMap<>(Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode",
                "381", "title", campaignTitle + " định kỳ", "frequency", "QUARTERLY", "firstPeriod", "2017-Q2",
                "lastPeriod", "2017-Q2", "cutoffDay", 14, "deadlineDay", 18));
        regimeBody.put("recipients", Map.of("rule", "LIST", "unitCodes", List.of("14794", "14797")));
        regime = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(regimeBody).post("/api/regimes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        // the notices of the request to each commune: aimed at by the other commune
        baDinhNotification = notice("14794");
        ngocTraoNotification = notice("14797");
        baDinhAttachment = attach("14794", "badinh.cb", baDinhMarker);
        ngocTraoAttachment = attach("14797", "ngoctrao.cb", ngocTraoMarker);
        report("14794", "badinh.cb", "badinh.ct", baDinhMarker);
        report("14797", "ngoctrao.cb", "ngoctrao.cb", ngocTraoMarker);
        String ngocTrao = "/api/campaigns/" + campaign + "/submissions/14797";
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("comment", ngocTraoMarker))
                .post(ngocTrao + "/return").then().statusCode(200);
        long version = Tokens.as("ngoctrao.cb").get(ngocTrao).then().extract().jsonPath().getLong("version");
        Map<String, Object> again = new LinkedHashMap<>(Scenario.filledReport(version, "14797", 10, 9, 1));
        again.put("sections", Map.of("uu-diem", ngocTraoMarker + " (lần 2)"));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(again).put(ngocTrao).then().statusCode(200);
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON)
                .body(Map.of("signerName", ngocTraoMarker, "signerTitle", "Chủ tịch")).post(ngocTrao + "/submit").then()
                .statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "sections", Map.of("uu-diem", consolidatedMarker), "tables",
                        Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 5, 5, 0))))))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);
        // the signed consolidated report: its XMP carries the marker in the clear, its certificate names it
        Tokens.as("vp.bimson")
                .multiPart("file", "signed.pdf",
                        TestSigning.sign(TestSigning.plainPdf(consolidatedMarker), consolidatedMarker),
                        "application/pdf")
                .post("/api/campaigns/" + campaign + "/signed").then().statusCode(200);
        before = state();
    }

    private long notice(String unit) {
        return tenants.call("thanh-hoa",
                () -> Notification
                        .<Notification> find("campaign.id = ?1 and unit.code = ?2 order by id", campaign, unit)
                        .firstResult().id);
    }

    private long attach(String unit, String writer, String marker) {
        return Tokens.as(writer).multiPart("file", marker + ".pdf", pdf(marker), "application/pdf")
                .multiPart("label", marker).post("/api/campaigns/" + campaign + "/submissions/" + unit + "/attachments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void report(String unit, String writer, String signer, String marker) {
        String path = "/api/campaigns/" + campaign + "/submissions/" + unit;
        Map<String, Object> body = new LinkedHashMap<>(Scenario.filledReport(0, unit, 10, 8, 1));
        Map<String, Object> sections = new LinkedHashMap<>((Map<String, Object>) body.get("sections"));
        sections.put("uu-diem", "<p>" + marker + "</p>");
        body.put("sections", sections);
        Tokens.as(writer).contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
        Tokens.as(signer).contentType(ContentType.JSON).body(Map.of("signerName", marker, "signerTitle", "Chủ tịch"))
                .post(path + "/submit").then().statusCode(200);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    void now() {
        clock.set(null);
    }

    List<Persona> personas() {
        Set<String> all = Set.of(campaignTitle, baDinhMarker, ngocTraoMarker, consolidatedMarker, unitMarker,
                templateMarker);
        Set<String> outsiders = Set.of(campaignTitle, baDinhMarker, ngocTraoMarker, consolidatedMarker, unitMarker);
        return List.of(new Persona(null, "14794", baDinhAttachment, baDinhNotification, all),
                new Persona("vp.hoangmai", "14794", baDinhAttachment, baDinhNotification, all),
                new Persona("hatrung.vp", "14794", baDinhAttachment, baDinhNotification, outsiders),
                new Persona("badinh.cb", "14797", ngocTraoAttachment, ngocTraoNotification,
                        Set.of(ngocTraoMarker, consolidatedMarker, unitMarker)),
                new Persona("ngoctrao.cb", "14794", baDinhAttachment, baDinhNotification,
                        Set.of(baDinhMarker, consolidatedMarker, unitMarker)),
                // the province above the town reads everything of the town's campaign and writes none of it
                new Persona("snv.thanhhoa", "14794", baDinhAttachment, baDinhNotification, Set.of()));
    }

    /** Every operation the application declares, from its own OpenAPI document. */
    static List<Endpoint> endpoints() throws IOException {
        String json = RestAssured.given().accept("application/json").get("/q/openapi?format=json").asString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<Endpoint> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode op = p.getValue().get(method);
                if (op == null) {
                    continue;
                }
                JsonNode content = op.path("requestBody").path("content");
                String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                out.add(new Endpoint(method.toUpperCase(), p.getKey(), type));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesWhatIsNotTheCallers() throws IOException {
        fixture();
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() > 60, "the OpenAPI document lists the endpoints: " + endpoints.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Persona p : personas()) {
                tests.add(DynamicTest.dynamicTest(p.name() + " " + e.key(), () -> check(e, p)));
            }
        }
        tests.add(DynamicTest.dynamicTest("the data is unchanged", () -> assertEquals(before, state())));
        return tests.stream();
    }

    private void check(Endpoint e, Persona p) throws IOException {
        String path = fill(e.path(), p) + query(e.path());
        RequestSpecification request = (p.user() == null ? RestAssured.given() : Tokens.as(p.user())).redirects()
                .follow(false);
        request = body(request, e);
        Response response = request.request(e.method(), path);
        int status = response.statusCode();
        String where = p.name() + " " + e.method() + " " + path + " → " + status;
        assertTrue(status < 500, where + ": " + response.asString());
        String text = readable(response.asByteArray());
        for (String marker : p.forbidden()) {
            assertFalse(text.contains(marker), where + " leaks " + marker);
        }
        if (p.user() == null) {
            if (PUBLIC.contains(e.key())) {
                return;
            }
            if (path.startsWith("/api")) {
                assertEquals(401, status, where);
            } else if (status >= 300 && status < 400) {
                String location = response.header("Location");
                assertTrue(location != null && !location.startsWith("/") && !location.contains(":" + port()),
                        where + " redirects to the login, not into the portal: " + location);
            }
            return;
        }
        boolean accepted = status < 300 || (status < 400 && !REDIRECTING_POSTS.contains(e.key()));
        boolean readerPost = READER_POSTS.contains(e.key()) && p.forbidden().isEmpty();
        if (e.isWrite() && accepted && !OPEN_POSTS.contains(e.key()) && !readerPost) {
            fail(where + ": a write aimed at another's data was accepted");
        }
    }

    private static int port() {
        return RestAssured.port;
    }

    private RequestSpecification body(RequestSpecification request, Endpoint e) {
        if (e.contentType() == null) {
            return request;
        }
        return switch (e.contentType()) {
            case "application/json" -> request.contentType(ContentType.JSON).body("{}");
            case "application/x-www-form-urlencoded" ->
                    request.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("version", "0");
            case "multipart/form-data" ->
                    request.multiPart("file", "tep.pdf", pdf("x"), "application/pdf").multiPart("version", "0");
            default -> request.contentType(e.contentType() + "; charset=UTF-8").body(new byte[0]);
        };
    }

    /** Path parameters aimed at the fixture's data; an unknown parameter fails so that the matrix is extended. */
    private String fill(String template, Persona p) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value(m.group(1), template, p)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, String path, Persona p) {
        return switch (name) {
            case "id" -> path.contains("/regimes/") ? String.valueOf(regime)
                    : path.startsWith("/memberships") ? String.valueOf(membership)
                            : path.startsWith("/attachments") ? String.valueOf(p.attachment())
                                    : path.contains("/notifications/") ? String.valueOf(p.notification())
                                            : String.valueOf(campaign);
            case "attachmentId" -> String.valueOf(p.attachment());
            case "unitCode" -> p.unitCode();
            case "table" -> "phu-luc-2";
            case "number" -> "1";
            case "code" -> path.startsWith("/lang") ? "en" : path.contains("/units") ? unitCode : templateCode;
            case "version" -> "1";
            case "file" -> "blank.docx";
            default -> throw new AssertionError("The security matrix does not know the path parameter {" + name
                    + "} of " + path + ": add a value aimed at data its callers must not reach.");
        };
    }

    private String query(String path) {
        if (path.equals("/api/units")) {
            return "?under=" + unitCode;
        }
        if (path.endsWith("/compare")) {
            return "?from=1&to=3";
        }
        return "";
    }

    /** The answer as text; DOCX and XLSX are unpacked so that markers inside them are found too. */
    static String readable(byte[] body) throws IOException {
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            // read through the central directory: streamed entries of a workbook carry their sizes only there
            StringBuilder text = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix", ".zip");
            try {
                java.nio.file.Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return text.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** What a successful attack would change. */
    private Map<String, Object> state() {
        Map<String, Object> s = new LinkedHashMap<>();
        var c = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().statusCode(200).extract().jsonPath();
        s.put("campaign", c.getString("status") + " " + c.getString("deadline"));
        for (String unit : List.of("14794", "14797")) {
            var r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/" + unit).then()
                    .statusCode(200).extract().jsonPath();
            s.put(unit, r.getString("status") + " v" + r.getLong("version"));
            s.put(unit + " attachments",
                    Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/" + unit + "/attachments")
                            .then().statusCode(200).extract().jsonPath().getList("id").size());
        }
        s.put("consolidated", Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then()
                .extract().jsonPath().getLong("version"));
        s.put("unit", Tokens.as("admin.thanhhoa").get("/api/units?under=" + unitCode).then().statusCode(200).extract()
                .jsonPath().getList("code"));
        s.put("template", Tokens.as("vp.bimson").get("/api/templates/" + templateCode + "/1.yaml").then()
                .statusCode(200).extract().asString().hashCode());
        s.put("campaign attachments", Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/attachments").then()
                .statusCode(200).extract().jsonPath().getList("id").size());
        s.put("signed", java.util.Arrays.hashCode(Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/signed")
                .then().statusCode(200).extract().asByteArray()));
        s.put("regime periods opened", Tokens.as("vp.bimson").get("/api/regimes/" + regime).then().statusCode(200)
                .extract().jsonPath().getList("periods.findAll { it.opened }").size());
        s.put("regimes", Tokens.as("vp.bimson").get("/api/regimes").then().statusCode(200).extract().jsonPath()
                .getList("id").size());
        s.put("membership", tenants.call("thanh-hoa", () -> Membership.findById(membership) != null));
        return s;
    }
}
