package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The town types its own row ("A. CẤP HUYỆN") on its consolidation page, on a desktop (1280 px) and on a phone (390
 * px): it saves itself, a broken rule shows under the fields at once and goes when corrected, the totals follow, and
 * after a reload the figure is still there, counted in the totals, and goes into the town's report to the province.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class OwnRowJourneyTest {

    static final String RECEIVED = "own-phu-luc-2-ho_so_nhan";
    static final String ON_TIME = "own-phu-luc-2-dung_han";
    static final String LATE = "own-phu-luc-2-qua_han";
    static final String STATUS = "own-row-status-phu-luc-2";

    Browser browser;

    @Test
    void theTownTypesItsOwnRowOnADesktop() {
        theTownTypesItsOwnRow(false);
    }

    @Test
    void theTownTypesItsOwnRowOnAPhone() {
        theTownTypesItsOwnRow(true);
    }

    private void theTownTypesItsOwnRow(boolean phone) {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.loginAs("vp.bimson");
        if (phone) {
            browser.phone();
        }
        browser.open("/lang/vi").open("/campaigns/" + campaign + "/rollup");
        waiting("the autosave hint").until(d -> browser.shows("own-row-phu-luc-2")
                && d.findElement(By.cssSelector("#own-row-phu-luc-2 .own-autosave-hint")).isDisplayed());

        type(RECEIVED, "1.200");
        type(ON_TIME, "1.190");
        type(LATE, "20");
        waiting("the broken rule under the fields").until(d -> stored(campaign, "qua_han") == 20
                && "saved".equals(d.findElement(By.id(STATUS)).getDomAttribute("data-kind"))
                && feedback().contains("không được lớn hơn tổng số hồ sơ đã nhận"));
        assertTrue(browser.text(STATUS).startsWith("Đã lưu lúc 08:00; còn 1 điểm cần xem lại"), browser.text(STATUS));
        assertTrue(classOf(LATE).contains("is-invalid"), "the field just left is marked");
        assertTrue(browser.text("own-row-issues-phu-luc-2").contains("không được lớn hơn"));
        assertFits();

        type(LATE, "10");
        waiting("the rule kept").until(d -> stored(campaign, "qua_han") == 10 && feedback().isEmpty()
                && "saved".equals(d.findElement(By.id(STATUS)).getDomAttribute("data-kind")));
        assertEquals("Đã lưu lúc 08:00.", browser.text(STATUS));
        assertFalse(classOf(LATE).contains("is-invalid"));
        assertFalse(browser.shows("own-row-issues-phu-luc-2"));
        waiting("the totals on the page").until(d -> {
            List<List<String>> rows = browser.tableRows("rollup-phu-luc-2");
            return rows.get(rows.size() - 1).get(4).equals("1.210");
        });

        browser.driver().navigate().refresh();
        waiting("the page again").until(d -> browser.shows("own-row-phu-luc-2"));
        assertEquals("1.200", browser.value(RECEIVED));
        assertEquals("10", browser.value(LATE));
        List<String> town = browser.rowOf("#rollup-phu-luc-2 tr[data-unit='381'] td");
        assertEquals("1.200", town.get(4), town.toString());
        List<List<String>> rows = browser.tableRows("rollup-phu-luc-2");
        List<String> total = rows.get(rows.size() - 1); // the grand total, with its working coverage mark
        assertTrue(total.get(1).startsWith("Tổng (2/9"), rows.toString());
        assertEquals("1.210", total.get(4), "the town's 1.200 and Ba Đình's 10: " + rows);
        assertFits();

        // the row goes into the town's own report to the province
        WebElement fill = browser.driver().findElement(By.id("fill-upward"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", fill);
        fill.click();
        browser.waitForPath("/campaigns/\\d+/submissions/381([?#].*)?");
        assertEquals("1.200", browser.value("cell-phu-luc-2-381-ho_so_nhan"));
        assertEquals("10", browser.value("cell-phu-luc-2-381-qua_han"));
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private String feedback() {
        return browser.driver().findElements(By.cssSelector("#own-row-phu-luc-2 .own-feedback")).stream()
                .map(WebElement::getText).reduce("", String::concat).trim();
    }

    private String classOf(String id) {
        String c = browser.driver().findElement(By.id(id)).getDomAttribute("class");
        return c == null ? "" : c;
    }

    private static int stored(long campaign, String column) {
        Object v = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/381").then().extract()
                .jsonPath().get("tables.phu-luc-2.rows[0].cells." + column);
        return v instanceof Number n ? n.intValue() : -1;
    }

    private void assertFits() {
        assertEquals(0, browser.overflow(), "the page is wider than the screen");
    }

    private WebDriverWait waiting(String what) {
        return browser.waitingFor(() -> what);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }
}
