package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.TestProfile;
import vn.tonghop.support.DevLoginProfile;

/**
 * The run command's login page in a real browser, on a desktop and on a phone: Vietnamese, every person a button a
 * thumb can hit, nothing wider than the screen, no codes or ids but the login names people type.
 */
@BrowserTest
@TestProfile(DevLoginProfile.class)
class DevLoginBrowserTest {

    static final String PAGE = "/dev/dang-nhap?response_type=code&client_id=quarkus-app&scope=openid&state=s-1"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogin%2Fcallback";

    Browser browser;

    @Test
    void onADesktop() {
        look();
    }

    @Test
    void onAPhone() {
        browser.phone();
        look();
    }

    private void look() {
        browser.open(PAGE).waitForText("Đăng nhập chạy thử");
        assertEquals(0, browser.overflow(), "the page fits the screen");
        String text = browser.text();
        assertTrue(text.contains("UBND phường Ba Đình: Nhập báo cáo"), text);
        assertFalse(text.matches("(?s).*(Có lỗi \\d{3}|#\\d+|\\bv\\d+\\b).*"), text);
        List<WebElement> people = browser.driver().findElements(By.cssSelector("#dev-login button[name=name]"));
        assertTrue(people.size() >= 10, "the demo people are listed: " + people.size());
        for (WebElement b : people) {
            assertTrue(b.getSize().getHeight() >= 44, b.getText() + " is " + b.getSize().getHeight() + " px tall");
        }
    }
}
