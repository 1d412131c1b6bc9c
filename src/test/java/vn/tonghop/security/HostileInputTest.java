package vn.tonghop.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Cross-site form posts and script payloads in narratives, through pages and exports. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class HostileInputTest {

    static final String PAYLOAD = "<p>Báo cáo<script>alert('xss')</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(2)\">liên kết</a></p>";

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        long campaign = Scenario.createAndPublish("vp.bimson",
                Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794")));
        String path = "/campaigns/" + campaign + "/submissions/14794";
        Tokens.as("badinh.cb").header("Origin", "https://evil.example.com").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("version", "0")
                .formParam("section.uu-diem", "giả mạo").post(path).then().statusCode(403);
        Tokens.as("badinh.cb").header("Referer", "https://evil.example.com/page").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("version", "0")
                .formParam("section.uu-diem", "giả mạo").post(path).then().statusCode(403);
        Tokens.as("badinh.cb").get("/api/campaigns/" + campaign + "/submissions/14794").then()
                .body("status", org.hamcrest.Matchers.is("NOT_OPENED")).body("version", org.hamcrest.Matchers.is(0));
        // the same post from the portal's own page goes through
        Tokens.as("badinh.cb").header("Origin", "http://localhost:" + io.restassured.RestAssured.port).redirects()
                .follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("version", "0")
                .formParam("section.uu-diem", "thật").post(path).then().statusCode(303);
    }

    @Test
    void scriptsInNarrativesAreNeutralisedInPagesAndFiles() throws Exception {
        long campaign = Scenario.bimSonChain();
        Map<String, Object> report = new java.util.HashMap<>(Scenario.filledReport(0, "14794", 5, 5, 0));
        report.put("sections", Map.of("uu-diem", PAYLOAD, "so-luong-co-quan", PAYLOAD, "so-tthc", "x",
                "chat-luong-giai-quyet", "x", "ton-tai-han-che", "x", "de-xuat-kien-nghi", "x"));
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(report)
                .put("/api/campaigns/" + campaign + "/submissions/14794").then().statusCode(200);
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(Map.of("signerName", "A"))
                .post("/api/campaigns/" + campaign + "/submissions/14794/submit").then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "sections", Map.of("de-xuat-kien-nghi", PAYLOAD)))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);

        for (String page : List.of("/campaigns/" + campaign + "/submissions/14794",
                "/campaigns/" + campaign + "/rollup", "/campaigns/" + campaign + "/rollup/print")) {
            Tokens.as("vp.bimson").get(page).then().statusCode(200).body(not(containsString("<script>alert")))
                    .body(not(containsString("onerror="))).body(not(containsString("javascript:alert")))
                    .body(containsString("Báo cáo"));
        }
        byte[] docx = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(200)
                .extract().asByteArray();
        String text = SecurityMatrixTest.readable(docx);
        assertTrue(text.contains("Báo cáo"), "the narrative is there");
        assertFalse(text.contains("alert("), "no script text in the document");
        assertFalse(text.contains("javascript:"), "no script link in the document");
    }
}
