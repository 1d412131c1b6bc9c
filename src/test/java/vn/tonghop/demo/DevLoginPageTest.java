package vn.tonghop.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.TestProfile;
import vn.tonghop.support.DevLoginProfile;
import vn.tonghop.support.PortalTest;

/**
 * The run command's login page (built as in dev mode, {@code tonghop.dev-login}): in Vietnamese, the people of the
 * database with their units and roles, each a button that posts the portal's authorisation request to the dev OIDC
 * server's login form, with the request's state carried in the redirect address as that server expects.
 */
@PortalTest
@TestProfile(DevLoginProfile.class)
class DevLoginPageTest {

    static final String CALLBACK = "http://localhost:8080/login/callback";

    Document page(String lang) {
        String html = given().header("Accept-Language", lang).queryParam("response_type", "code")
                .queryParam("client_id", "quarkus-app").queryParam("scope", "openid").queryParam("state", "s-123")
                .queryParam("redirect_uri", CALLBACK).get("/dev/dang-nhap").then().statusCode(200).extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void theDemoPeopleAreListedInVietnameseAndPostTheRequestToTheDevServer() {
        Document page = page("vi");
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertTrue(page.title().contains("Đăng nhập chạy thử"), page.title());

        Element form = page.getElementById("dev-login");
        String server = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                .replaceAll("/+$", "");
        assertEquals(server + "/login", form.attr("action"));
        assertEquals(CALLBACK + "?state=s-123", form.selectFirst("input[name=redirect_uri]").val());
        assertEquals("code", form.selectFirst("input[name=response_type]").val());
        assertEquals("quarkus-app", form.selectFirst("input[name=client_id]").val());
        assertEquals("openid", form.selectFirst("input[name=scope]").val());

        Element bimson = form.selectFirst("button[name=name][value=vp.bimson]");
        assertNotNull(bimson, form.html());
        assertTrue(
                bimson.text().contains(
                        "UBND thị xã Bỉm Sơn: Ban hành báo cáo, Nhập báo cáo, Lãnh đạo duyệt, ký," + " Xem báo cáo"),
                bimson.text());
        Element admin = form.selectFirst("button[value=platform.admin]");
        assertTrue(admin.text().contains("Quản trị nền tảng"), admin.text());
        assertTrue(page.select("h2").eachText().containsAll(java.util.List.of("Tỉnh Thanh Hóa", "Tỉnh Nghệ An")));

        Element other = page.getElementById("dev-login-other");
        assertEquals(server + "/login", other.attr("action"));
        assertNotNull(other.selectFirst("input[name=name][required]"));
    }

    @Test
    void itSpeaksEnglishWhenAskedAndWithoutARequestSendsToThePortal() {
        assertTrue(page("en").title().contains("Trial login"));
        Document bare = Jsoup.parse(given().get("/dev/dang-nhap").then().statusCode(200).extract().asString());
        assertEquals(null, bare.getElementById("dev-login"));
        assertEquals("/login", bare.selectFirst("a.btn").attr("href"));
    }
}
