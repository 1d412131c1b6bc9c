package vn.tonghop.ux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * No journey page shows a raw HTTP code, a template code with its version or a database id; error pages say what
 * happened and what to do, and lead back to the page the user came from, on this site only.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class JourneyTextTest {

    static final Pattern RAW = Pattern.compile("Có lỗi \\d{3}|#\\d+|(?<![\\p{L}\\d])v\\d+\\b");

    static void assertClean(String user, String path, int status) {
        String html = Tokens.as(user).get(path).then().statusCode(status).extract().asString();
        assertClean(user + " " + path, Jsoup.parse(html));
    }

    static void assertClean(String where, Document doc) {
        Matcher m = RAW.matcher(doc.text());
        assertFalse(m.find(), () -> where + " shows '" + m.group() + "' in: " + doc.text());
        assertFalse(doc.title().matches(".*\\b[45]\\d\\d\\b.*"), where + " title " + doc.title());
    }

    @Test
    void journeyPagesShowNoCodesOrIds() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        long draft = Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Scenario.bimSonRequest("2017-04-28T17:00:00+07:00", List.of("14794"))).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String user : List.of("badinh.cb", "badinh.ct", "vp.bimson", "snv.thanhhoa")) {
            assertClean(user, "/", 200);
            assertClean(user, "/campaigns", 200);
        }
        assertClean("snv.thanhhoa", "/campaigns/" + parent, 200);
        assertClean("vp.bimson", "/campaigns/" + child, 200);
        assertClean("badinh.cb", "/campaigns/" + child, 200);
        assertClean("vp.bimson", "/campaigns/" + draft, 200);
        for (String step : List.of("TEMPLATE", "REVIEW")) {
            assertClean("vp.bimson", "/campaigns/" + draft + "/edit?step=" + step, 200);
        }
        assertClean("vp.bimson", "/campaigns/new", 200);
        assertClean("badinh.cb", "/campaigns/" + child + "/submissions/14794", 200);
        assertClean("vp.bimson", "/campaigns/" + child + "/rollup", 200);
        assertClean("snv.thanhhoa", "/campaigns/" + parent + "/rollup", 200);
        assertClean("badinh.cb", "/campaigns/987654321", 404);
        assertClean("badinh.cb", "/memberships", 403);
        assertClean("badinh.cb", "/khong-co-trang-nay", 404);
    }

    private static String here() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

    private static Document page(RequestSpecification request, String path, int status) {
        return Jsoup.parse(request.get(path).then().statusCode(status).extract().asString());
    }

    @Test
    void errorPagesSayWhatHappenedAndLeadBackToThePageBefore() {
        Document missing = page(Tokens.as("vp.bimson").header("Referer", here() + "/campaigns?status=TODO"),
                "/campaigns/987654321", 404);
        assertEquals("Không tìm thấy nội dung bạn cần", missing.selectFirst("h1").text());
        assertEquals("Không tìm thấy nội dung bạn cần · Tổng hợp", missing.title());
        assertFalse(missing.selectFirst("#error-advice").text().isBlank());
        assertEquals("/campaigns?status=TODO", missing.selectFirst("#error-back").attr("href"));
        assertEquals("/", missing.selectFirst("#error-home").attr("href"));

        Document forbidden = page(Tokens.as("badinh.cb").header("Referer", here() + "/"), "/memberships", 403);
        assertEquals("Bạn không có quyền làm việc này", forbidden.selectFirst("h1").text());
        assertEquals("/", forbidden.selectFirst("#error-back").attr("href"));
        assertTrue(forbidden.selectFirst("#error-advice").text().contains("quản trị viên"));

        Document unknown = page(Tokens.as("badinh.cb"), "/khong-co-trang-nay?return=/campaigns", 404);
        assertEquals("/campaigns", unknown.selectFirst("#error-back").attr("href"));
        assertEquals("Không tìm thấy nội dung bạn cần", unknown.selectFirst("h1").text());
    }

    @Test
    void theBackLinkNeverLeavesThePortal() {
        for (Map.Entry<String, String> attempt : Map
                .of("Referer", "https://evil.example/campaigns", "Referer ", "javascript:alert(1)").entrySet()) {
            Document doc = page(Tokens.as("vp.bimson").header(attempt.getKey().trim(), attempt.getValue()),
                    "/campaigns/987654321", 404);
            assertNull(doc.selectFirst("#error-back"), attempt.getValue());
        }
        for (String target : List.of("//evil.example/x", "/\\evil.example", "https://evil.example/")) {
            Document doc = page(Tokens.as("vp.bimson").queryParam("return", target), "/campaigns/987654321", 404);
            assertNull(doc.selectFirst("#error-back"), target);
        }
    }
}
