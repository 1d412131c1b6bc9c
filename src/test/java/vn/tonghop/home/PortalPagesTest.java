package vn.tonghop.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** Home page, login, friendly error pages, OpenAPI and health. */
@PortalTest
class PortalPagesTest {

    @Test
    void homeShowsWhoIAmMyUnitsAndRoles() {
        Document doc = Jsoup.parse(Tokens.as("badinh.cb").get("/").then().statusCode(200).extract().asString());
        assertEquals("Xin chào, badinh.cb", doc.selectFirst("h1").text());
        assertTrue(doc.text().contains("Tỉnh Thanh Hóa"));
        assertEquals(List.of("14794 UBND phường Ba Đình Nhập báo cáo"), doc.select("#my-units tbody tr").eachText());
        Document en = Jsoup.parse(
                Tokens.as("badinh.cb").cookie("lang", "en").get("/").then().statusCode(200).extract().asString());
        assertEquals("Hello, badinh.cb", en.selectFirst("h1").text());
        Tokens.as("stranger").get("/").then().statusCode(200).body(containsString("chưa được cấp quyền"));
    }

    @Test
    void anonymousVisitorsSeeTheHomePageAndPagesAskForALogin() {
        given().get("/").then().statusCode(200).body(containsString("href=\"/login\""));
        given().redirects().follow(false).get("/units").then().statusCode(302).header("Location",
                containsString("response_type=code"));
        given().redirects().follow(false).get("/templates").then().statusCode(302);
        given().get("/api/units?under=38").then().statusCode(401);
    }

    @Test
    void refusalsAreFriendlyPagesInTheUsersLanguage() {
        String page = Tokens.as("vp.bimson").get("/campaigns/987654321").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        Document doc = Jsoup.parse(page);
        assertEquals("Không tìm thấy nội dung bạn cần", doc.select("h1").text());
        assertEquals("/", doc.selectFirst("#error-home").attr("href"));
        Tokens.as("vp.bimson").cookie("lang", "en").get("/memberships").then().statusCode(403)
                .body(not(containsString("Bạn không có quyền")));
        Tokens.as("vp.bimson").get("/api/campaigns/987654321").then().statusCode(404)
                .contentType(startsWith("application/json")).body("status", is(404));
    }

    @Test
    void openApiAndHealthAreOpen() {
        given().get("/q/health").then().statusCode(200).body("status", is("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths.'/api/me'.get", notNullValue())
                .body("paths.'/api/templates/validate'.post", notNullValue());
    }
}
