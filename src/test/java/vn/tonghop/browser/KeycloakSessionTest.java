package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.tonghop.support.KeycloakServer;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The portal against a real Keycloak with the production realm and tokens of {@link KeycloakServer#TOKEN_SECONDS}
 * seconds: its login page speaks Vietnamese (Keycloak ships no Vietnamese, the realm carries the texts), and a commune
 * clerk who types past her token's life keeps saving without being sent to log in, while a bearer token of the same age
 * is refused by the API.
 */
@QuarkusTest
@TestProfile(KeycloakSessionTest.RealKeycloak.class)
@ExtendWith(BrowserExtension.class)
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class KeycloakSessionTest {

    /** Keycloak instead of the WireMock provider of the other tests. */
    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakServer.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    Browser browser;

    @BeforeEach
    void keycloakRuns() {
        Assumptions.assumeTrue(KeycloakServer.unavailable() == null,
                () -> "Keycloak test skipped: " + KeycloakServer.unavailable());
    }

    @Test
    void theLoginPageSpeaksVietnameseAndSaysWhatWasWrong() {
        browser.open("/login").waitForText("Đăng nhập tài khoản").waitForText("Tiếng Việt");
        assertEquals("vi", browser.js("return document.documentElement.lang;"));
        browser.field("username").sendKeys("lamson.cb");
        browser.field("password").sendKeys("sai-mat-khau");
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra rồi nhập lại.");
        browser.field("username").clear();
        browser.signInAtProvider("lamson.cb");
    }

    @Test
    void typingPastTheTokensLifeKeepsSavingWhileAnOldBearerTokenIsRefused() throws InterruptedException {
        long campaign = Scenario.bimSonChain();
        String api = "/api/campaigns/" + campaign + "/submissions/14809";
        String bearer = Tokens.of("lamson.cb");
        browser.loginAs("lamson.cb").open("/lang/vi").open("/campaigns/" + campaign + "/submissions/14809");
        browser.waitForText("campaign-title", Scenario.provincialRequest().get("title").toString());
        type("cell-phu-luc-2-14809-ho_so_nhan", "12");
        browser.waitUntil("the first save", d -> Integer.valueOf(12).equals(storedCell(api, "ho_so_nhan")));

        // a real wait: the tokens must really expire at the provider, whose clock the test does not own
        Thread.sleep((KeycloakServer.TOKEN_SECONDS + 5) * 1000L);
        Tokens.as("lamson.cb").get(api).then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(bearer).get(api).then().statusCode(401);

        type("cell-phu-luc-2-14809-dung_han", "9");
        browser.waitUntil("the save after the token expired",
                d -> Integer.valueOf(9).equals(storedCell(api, "dung_han")));
        assertFalse(browser.shows("session-lost"), "the page says the session has ended");
        Assertions.assertTrue(browser.path().startsWith("/campaigns/" + campaign + "/submissions/14809"),
                browser.path());
        browser.open("/").waitUntil("the user's name in the top bar",
                d -> d.findElements(By.cssSelector(".navbar-text")).stream()
                        .anyMatch(e -> "lamson.cb".equals(String.valueOf(e.getDomProperty("textContent")).trim())));
    }

    private void type(String id, String value) {
        WebElement field = browser.field(id);
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private static Object storedCell(String api, String column) {
        return Tokens.as("lamson.cb").get(api).then().statusCode(200).extract().jsonPath()
                .get("tables.phu-luc-2.rows[0].cells." + column);
    }
}
