package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;

/**
 * At 390 px (a phone, Chromium's device emulation) the journey pages fit the screen: the menu folds behind its toggler,
 * wide tables scroll inside their own box with the first column in view, and buttons are big enough to tap.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class PhoneLayoutTest {

    Browser browser;

    private void fits(String path) {
        browser.open(path).waitForText("Tổng hợp");
        assertEquals(0, browser.overflow(), path + " is wider than the screen");
        for (WebElement button : browser.driver().findElements(By.cssSelector("main .btn"))) {
            if (button.isDisplayed()) {
                assertTrue(button.getSize().getHeight() >= 44,
                        path + ": '" + button.getText() + "' is " + button.getSize().getHeight() + " px high");
            }
        }
    }

    @Test
    void communePagesFitAPhoneAndTheMenuFolds() {
        long campaign = Scenario.bimSonChain();
        browser.loginAs("badinh.cb").phone();
        fits("/");
        WebElement menu = browser.driver().findElement(By.id("portal-menu"));
        assertFalse(menu.isDisplayed(), "the menu is folded on a phone");
        browser.clickCss("#nav-toggle");
        browser.waitForText("Yêu cầu báo cáo");
        assertTrue(
                browser.driver().findElement(By.cssSelector("#portal-menu-links a[href='/campaigns']")).isDisplayed());

        fits("/campaigns");
        fits("/campaigns/" + campaign);
        String form = "/campaigns/" + campaign + "/submissions/14794";
        fits(form);
        WebElement grid = browser.driver().findElement(By.cssSelector(".grid-wrap"));
        assertTrue(grid.getSize().getWidth() <= 390, "the table scrolls inside its box");
        String position = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.grid-wrap table tbody tr > :first-child')).position;");
        assertEquals("sticky", position, "the first column stays in view");
    }

    @Test
    void districtPagesFitAPhone() {
        long campaign = Scenario.bimSonChain();
        browser.loginAs("vp.bimson").phone();
        for (String path : List.of("/", "/campaigns", "/campaigns/" + campaign, "/campaigns/" + campaign + "/rollup")) {
            fits(path);
        }
    }
}
