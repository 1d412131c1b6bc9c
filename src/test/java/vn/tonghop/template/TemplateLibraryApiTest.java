package vn.tonghop.template;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The template library through the JSON API: list, get, validate, create version, copy, frozen versions, tenants. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class TemplateLibraryApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    TemplateLibrary library;

    @Inject
    EntityManager em;

    /** A template code no other test uses. */
    static String newCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    /** The small valid template of the parser tests under another code and title. */
    static String yaml(String code, String title) {
        return TemplateParserErrorsTest.VALID.replace("code: thu-nghiem", "code: " + code).replace("title: Mẫu thử",
                "title: " + title);
    }

    static RequestSpecification yamlAs(String username) {
        return Tokens.as(username)
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .defaultCharsetForContentType(StandardCharsets.UTF_8.name(), "application/yaml")
                                .encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml; charset=UTF-8");
    }

    static int create(String username, String yaml) {
        return yamlAs(username).body(yaml).post("/api/templates").then().statusCode(201).body("shared", is(false))
                .extract().jsonPath().getInt("version");
    }

    /** Loads a template file into the shared library as the start-up loader does. */
    void loadShared(String yaml) throws IOException {
        Path dir = Files.createTempDirectory("templates");
        Path file = dir.resolve("shared.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> library.loadShared(file));
    }

    @Test
    void listsTheFourSeedTemplatesAsShared() {
        Tokens.as("vp.bimson").get("/api/templates").then().statusCode(200)
                .body("code",
                        hasItems("mot-cua-2017-q1", "bo-phan-mot-cua-2024", "mot-cua-dong-nai-2017-09",
                                "ke-hoach-mot-cua-2015"))
                .body("find { it.code == 'mot-cua-2017-q1' }.shared", is(true))
                .body("find { it.code == 'mot-cua-2017-q1' }.title", containsString("một cửa"));
        Tokens.as("vp.bimson").get("/api/templates/mot-cua-2017-q1").then().statusCode(200)
                .body("code", is("mot-cua-2017-q1")).body("yaml", containsString("phu-luc-2"));
    }

    @Test
    void validateKeepsTheContractFieldsAndStatusCodes() throws IOException {
        String seed = Files.readString(Path.of("templates-outline/mot-cua-2017-q1.yaml"), StandardCharsets.UTF_8);
        yamlAs("vp.bimson").body(seed).post("/api/templates/validate").then().statusCode(200).body("valid", is(true))
                .body("errors", empty());
        String broken = yaml(newCode("hong"), "Mẫu hỏng").replace("formula: dung_han * 100 / (dung_han + qua_han)",
                "formula: dung_hn * 100");
        int line = TemplateParserErrorsTest.lineOf(broken, "formula: dung_hn");
        yamlAs("vp.bimson").body(broken).post("/api/templates/validate").then().statusCode(422).body("valid", is(false))
                .body("errors[0].line", is(line)).body("errors[0].path", is("tables[0].columns[3].formula"))
                .body("errors[0].message", containsString("dung_hn")).body("errors[0]", aMapWithSize(3));
    }

    @Test
    void issuersAndAdminsCreateVersionsOfTheirTenantOthersAreRefused() {
        String code = newCode("rieng");
        assertEquals(1, create("vp.bimson", yaml(code, "Mẫu riêng Bỉm Sơn")));
        assertEquals(2, create("admin.thanhhoa", yaml(code, "Mẫu riêng, sửa lần 2")));
        yamlAs("badinh.cb").body(yaml(code, "Cán bộ phường")).post("/api/templates").then().statusCode(403);
        yamlAs("badinh.ct").body(yaml(code, "Lãnh đạo phường")).post("/api/templates").then().statusCode(403);
        yamlAs("stranger").body(yaml(code, "Người lạ")).post("/api/templates").then().statusCode(403);
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(200).body("version", is(2))
                .body("title", is("Mẫu riêng, sửa lần 2")).body("versions.version", is(List.of(1, 2)));
    }

    @Test
    void anInvalidTemplateIsRefusedWithPositionsAndNothingIsStored() {
        String code = newCode("sai");
        String broken = yaml(code, "Mẫu sai").replace("type: percent", "type: phantram");
        yamlAs("vp.bimson").body(broken).post("/api/templates").then().statusCode(422).body("valid", is(false))
                .body("errors[0].line", is(TemplateParserErrorsTest.lineOf(broken, "type: phantram")))
                .body("errors[0].path", is("tables[0].columns[3].type"))
                .body("messages[0]", containsString("phantram"));
        Tokens.as("vp.bimson").get("/api/templates").then().body("code", not(hasItem(code)));
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(404);
    }

    @Test
    void aSharedTemplateIsCopiedIntoEachTenantSeparately() throws IOException {
        String code = newCode("chung");
        loadShared(yaml(code, "Mẫu dùng chung"));
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(200).body("version", is(1))
                .body("versions[0].shared", is(true));

        Tokens.as("vp.bimson").post("/api/templates/" + code + "/1/copy").then().statusCode(201).body("version", is(2))
                .body("shared", is(false));
        Tokens.as("vp.hoangmai").post("/api/templates/" + code + "/1/copy").then().statusCode(201)
                .body("version", is(2)).body("shared", is(false));
        Tokens.as("badinh.cb").post("/api/templates/" + code + "/1/copy").then().statusCode(403);

        // each tenant sees the shared version and its own copy, never the other tenant's
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().body("versions.version", is(List.of(1, 2)));
        Tokens.as("vp.hoangmai").get("/api/templates/" + code).then().body("versions.version", is(List.of(1, 2)));
        long copies = QuarkusTransaction.requiringNew().call(() -> TemplateVersion.count("code", code));
        assertEquals(3, copies);

        // a changed file becomes a shared version above every tenant's copy; loading it again changes nothing
        String changed = yaml(code, "Mẫu dùng chung, bản sửa");
        loadShared(changed);
        loadShared(changed);
        Tokens.as("vp.hoangmai").get("/api/templates/" + code).then().body("version", is(3))
                .body("title", is("Mẫu dùng chung, bản sửa")).body("versions.version", is(List.of(1, 2, 3)));
        Tokens.as("vp.hoangmai").get("/api/templates").then().body("find { it.code == '" + code + "' }.version", is(3));
    }

    @Test
    void aVersionUsedByACampaignIsFrozenAndNeverChanges() {
        String code = newCode("khoa");
        String original = yaml(code, "Mẫu sẽ bị khóa");
        int version = create("snv.thanhhoa", original);
        Map<String, Object> campaign = Map.of("templateCode", code, "issuerUnitCode", "38-SNV", "title",
                "Báo cáo thử mẫu khóa", "periodLabel", "Quý I/2017", "deadline", "2017-04-26T17:00:00+07:00",
                "recipientUnitCodes", List.of("381"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(campaign).post("/api/campaigns").then()
                .statusCode(201);
        Tokens.as("snv.thanhhoa").get("/api/templates/" + code).then().body("versions[0].frozen", is(true));

        // a new upload of the same code is a new version; the frozen one keeps its text
        int next = create("snv.thanhhoa", yaml(code, "Mẫu sửa sau khi khóa"));
        assertEquals(version + 1, next);
        String stored = Tokens.as("snv.thanhhoa").get("/api/templates/" + code + "/" + version + ".yaml").then()
                .statusCode(200).extract().asString();
        assertEquals(original, stored);

        // nothing gets round it, not even SQL
        long id = QuarkusTransaction.requiringNew().call(() -> TemplateVersion
                .<TemplateVersion> find("code = ?1 and version = ?2", code, version).firstResult().id);
        for (String sql : List.of("update template_version set yaml = 'code: x' where id = ?1",
                "update template_version set title = 'Đổi tên' where id = ?1",
                "update template_version set frozen = false where id = ?1",
                "delete from template_version where id = ?1")) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate()), sql);
            assertTrue(causes(refused).contains("frozen"), sql + ": " + causes(refused));
        }
        TemplateVersion after = QuarkusTransaction.requiringNew().call(() -> TemplateVersion.findById(id));
        assertEquals(original, after.yaml);
        assertTrue(after.frozen);
        // the entity maps the content as not updatable either: a changed field is never written
        QuarkusTransaction.requiringNew().run(() -> {
            TemplateVersion managed = TemplateVersion.findById(id);
            managed.yaml = "code: khac";
            managed.title = "Khác";
        });
        assertEquals(original, QuarkusTransaction.requiringNew().call(() -> {
            em.clear();
            return TemplateVersion.<TemplateVersion> findById(id).yaml;
        }));
    }

    @Test
    void anotherTenantsVersionsDoNotExistForMe() {
        String code = newCode("thanh-hoa-rieng");
        int version = create("vp.bimson", yaml(code, "Mẫu riêng của Thanh Hóa"));
        Tokens.as("vp.hoangmai").get("/api/templates").then().statusCode(200).body("code", not(hasItem(code)));
        Tokens.as("vp.hoangmai").get("/api/templates/" + code).then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/api/templates/" + code + "/" + version + ".yaml").then().statusCode(404);
        Tokens.as("vp.hoangmai").post("/api/templates/" + code + "/" + version + "/copy").then().statusCode(404);
        Map<String, Object> campaign = Map.of("templateCode", code, "issuerUnitCode", "432", "title", "Báo cáo",
                "periodLabel", "Quý I/2017", "deadline", "2017-04-26T17:00:00+07:00", "recipientUnitCodes",
                List.of("17404"));
        Tokens.as("vp.hoangmai").contentType(ContentType.JSON).body(campaign).post("/api/campaigns").then()
                .statusCode(422).body("messages[0]", containsString(code));

        // Nghệ An may use the same code for its own template: a separate line of versions
        assertEquals(1, create("vp.hoangmai", yaml(code, "Mẫu riêng của Nghệ An")));
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().body("title", is("Mẫu riêng của Thanh Hóa"))
                .body("versions.version", is(List.of(version)));
        Tokens.as("stranger").get("/api/templates").then().statusCode(200).body("$", empty());
        Tokens.as("stranger").get("/api/templates/mot-cua-2017-q1").then().statusCode(404);
    }

    private static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
