package vn.tonghop.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.tonghop.support.PageSession;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * Cross-site request forgery: a write that rides on the browser's session cookie must repeat the page's anti-forgery
 * token, in the form field or the header; without it nothing is done and the user reads, in Vietnamese, that the page
 * is out of date, with a way back. The bearer-token API needs no token.
 */
@PortalTest
class CsrfTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String STALE = "Phiên làm việc của trang đã cũ";

    @Test
    void aFormPostWithTheSessionButWithoutTheTokenIsRefusedWithTheVietnamesePageAndDoesNothing() {
        PageSession admin = PageSession.login("admin.thanhhoa");
        String login = "csrf." + Long.toString(System.nanoTime(), 36);
        admin.token(); // the browser has a token; the post below just does not repeat it, as a forged one would not

        Response refused = grant(admin.given(), login)
                .header("Referer", RestAssured.baseURI + ":" + RestAssured.port + "/memberships").post("/memberships");
        assertEquals(403, refused.statusCode());
        Document page = Jsoup.parse(refused.asString());
        assertTrue(page.selectFirst("#error-reasons").text().contains(STALE), page.text());
        assertTrue(page.selectFirst("#error-reasons").text().contains("tải lại trang và gửi lại"), page.text());
        assertEquals("Trang đã cũ, lần gửi này chưa được nhận", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("#error-back[data-history-back]"), "a way back that keeps what was typed");
        assertFalse(granted(login), "the refused post granted nothing");

        assertEquals(403, grant(admin.given(), login).formParam(PageSession.CSRF_FIELD, "bm90LXRoZS10b2tlbi0xMg")
                .post("/memberships").statusCode(), "a wrong token is refused too");
        assertFalse(granted(login));

        assertEquals(303, grant(admin.withToken(), login).post("/memberships").statusCode());
        assertTrue(granted(login), "with the token the same post is done");
    }

    @Test
    void theRefusalSpeaksEnglishToAnEnglishReader() {
        PageSession admin = PageSession.login("admin.thanhhoa");
        admin.token();
        String body = admin.given().cookie("lang", "en").contentType(FORM).post("/notifications/read-all").then()
                .statusCode(403).extract().asString();
        assertTrue(body.contains("out of date"), body);
    }

    @Test
    void aBrowserThatLostItsTokenGetsANewOneWithTheRefusalAndSendsAgain() {
        PageSession admin = PageSession.login("admin.thanhhoa");
        String old = admin.token();
        admin.forget(PageSession.CSRF_COOKIE); // the browser was reopened: the old tab still holds the old token
        assertEquals(403, admin.given().contentType(FORM).formParam(PageSession.CSRF_FIELD, old)
                .post("/notifications/read-all").statusCode());
        String fresh = admin.cookie(PageSession.CSRF_COOKIE);
        assertNotNull(fresh, "the refusal brings a new token");
        assertNotEquals(old, fresh);
        // portal.js sends the cookie's token, so going back and sending again works
        assertEquals(303, admin.withToken().contentType(FORM).post("/notifications/read-all").statusCode());
    }

    @Test
    void aMultipartPostCarriesTheTokenInItsFields() {
        PageSession admin = PageSession.login("admin.thanhhoa");
        byte[] csv = "code,name,kind,parentCode,validFrom,validTo\nX1,UBND xã Một,COMMUNE,ZZZ,,"
                .getBytes(StandardCharsets.UTF_8);
        Response without = admin.given().multiPart("file", "don-vi.csv", csv, "text/csv").post("/units/import");
        assertEquals(403, without.statusCode());
        assertTrue(without.asString().contains(STALE));
        Response with = admin.given().multiPart("file", "don-vi.csv", csv, "text/csv")
                .multiPart(PageSession.CSRF_FIELD, admin.token()).post("/units/import");
        assertEquals(422, with.statusCode(), "past the check, the import reads the file and names its faults");
    }

    @Test
    void htmxAndThePageScriptsSendTheTokenInTheHeader() {
        PageSession admin = PageSession.login("admin.thanhhoa");
        String htmx = admin.given().header("HX-Request", "true").contentType(FORM).post("/notifications/read-all")
                .then().statusCode(403).extract().asString();
        assertTrue(htmx.startsWith("<span") && htmx.contains(STALE), "htmx shows the reason in place: " + htmx);
        // own-row.js autosaves with fetch() and reads the JSON answer's message
        String json = admin.given().accept("application/json").contentType(FORM).formParam("version", "0")
                .post("/campaigns/1/rollup/own-row/autosave").then().statusCode(403).extract().jsonPath()
                .getString("message");
        assertTrue(json.contains(STALE), json);
        assertEquals(303, admin.withHeader().contentType(FORM).post("/notifications/read-all").statusCode());
    }

    @Test
    void theBearerApiAndBearerPagePostsNeedNoToken() {
        String login = "csrf.api." + Long.toString(System.nanoTime(), 36);
        String csv = "username,displayName,unitCode,role\n" + login + ",Cán bộ thử,38,viewer\n";
        Tokens.as("admin.thanhhoa")
                .multiPart("file", "nguoi-dung.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/memberships/import").then().statusCode(200);
        assertTrue(granted(login), "the bearer API takes a multipart upload without any token");
        Tokens.as("admin.thanhhoa").contentType("application/json").body("{}").post("/api/templates/validate").then()
                .statusCode(org.hamcrest.Matchers.not(403));
        String page = "csrf.page." + Long.toString(System.nanoTime(), 36);
        assertEquals(303,
                grant(Tokens.as("admin.thanhhoa").redirects().follow(false), page).post("/memberships").statusCode(),
                "a bearer token is not sent by a browser by itself: no token needed");
    }

    /** Every page write of the OpenAPI document, posted with a session but without the token: all refused. */
    @TestFactory
    Stream<DynamicTest> everyPageWriteRefusesASessionPostWithoutTheToken() throws IOException {
        PageSession admin = PageSession.login("admin.thanhhoa");
        admin.token();
        List<DynamicTest> tests = new ArrayList<>();
        for (SecurityMatrixTest.Endpoint e : SecurityMatrixTest.endpoints()) {
            if (!e.isWrite() || e.path().startsWith("/api")) {
                continue;
            }
            // a file name where the path names one (the builder's blank forms), a number elsewhere
            String path = e.path().replace("{file}", "blank.xlsx").replaceAll("\\{[^}]+}", "1");
            tests.add(DynamicTest.dynamicTest(e.key(), () -> {
                RequestSpecification request = admin.given();
                if ("multipart/form-data".equals(e.contentType())) {
                    request = request.multiPart("version", "0");
                } else if (e.contentType() == null || e.contentType().startsWith("application/x-www-form-urlencoded")) {
                    request = request.contentType(FORM).formParam("version", "0");
                } else {
                    request = request.contentType(e.contentType()).body("version=0".getBytes(StandardCharsets.UTF_8));
                }
                Response r = request.request(e.method(), path);
                assertEquals(403, r.statusCode(), e.key() + " " + path + ": " + r.asString());
                assertTrue(r.asString().contains(STALE), e.key() + ": " + r.asString());
            }));
        }
        assertTrue(tests.size() > 20, "the page writes are found: " + tests.size());
        return tests.stream();
    }

    private static RequestSpecification grant(RequestSpecification spec, String login) {
        return spec.contentType(FORM).formParam("username", login).formParam("displayName", "Cán bộ thử")
                .formParam("unitCode", "38").formParam("role", "VIEWER");
    }

    private static boolean granted(String login) {
        return Tokens.as("admin.thanhhoa").get("/api/memberships").then().statusCode(200).extract().jsonPath()
                .getList("username").contains(login);
    }
}
