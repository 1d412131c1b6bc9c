package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Saving never loses typing, on a desktop (1280 px) and on a phone (390 px): a form with one unreadable cell saves the
 * rest and lists the cell; an Excel upload right after typing is no conflict; input typed when the session has ended is
 * kept in the browser and saved after the next login.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SavingJourneyTest {

    static final int DESKTOP = 1280;
    static final int PHONE = 390;

    Browser browser;

    @Test
    void oneBadCellSavesTheRestAndIsListedOnADesktop() {
        oneBadCellSavesTheRestAndIsListed(DESKTOP);
    }

    @Test
    void oneBadCellSavesTheRestAndIsListedOnAPhone() {
        oneBadCellSavesTheRestAndIsListed(PHONE);
    }

    @Test
    void anUploadRightAfterTypingIsNoConflictOnADesktop() throws IOException {
        anUploadRightAfterTypingIsNoConflict(DESKTOP);
    }

    @Test
    void anUploadRightAfterTypingIsNoConflictOnAPhone() throws IOException {
        anUploadRightAfterTypingIsNoConflict(PHONE);
    }

    @Test
    void inputSurvivesAnEndedSessionOnADesktop() {
        inputSurvivesAnEndedSession(DESKTOP);
    }

    @Test
    void inputSurvivesAnEndedSessionOnAPhone() {
        inputSurvivesAnEndedSession(PHONE);
    }

    @Test
    void aSaveFromASecondBrowserNamesItsAuthorAndMineCanBeKeptOnADesktop() throws IOException {
        aSaveFromASecondBrowserNamesItsAuthorAndMineCanBeKept(DESKTOP);
    }

    @Test
    void aSaveFromASecondBrowserNamesItsAuthorAndMineCanBeKeptOnAPhone() throws IOException {
        aSaveFromASecondBrowserNamesItsAuthorAndMineCanBeKept(PHONE);
    }

    private void aSaveFromASecondBrowserNamesItsAuthorAndMineCanBeKept(int width) throws IOException {
        long campaign = Scenario.bimSonChain();
        open("badinh.ct", campaign, "14794", width);
        Browser mine = browser;
        Browser other = Browser.open();
        try {
            browser = other;
            open("badinh.cb", campaign, "14794", DESKTOP);
            type(cell("14794", "ho_so_nhan"), "10");
            waiting("the reporter's save")
                    .until(d -> "saved".equals(d.findElement(By.id("save-status")).getDomAttribute("data-kind")));
        } finally {
            browser = mine;
            other.close();
        }
        long theirs = Tokens.as("badinh.cb").get("/api/campaigns/" + campaign + "/submissions/14794").then().extract()
                .jsonPath().getLong("version");

        type(cell("14794", "ho_so_nhan"), "12");
        waiting("the conflict").until(d -> browser.shows("conflict-message"));
        assertTrue(
                browser.text("conflict-message")
                        .startsWith("Cán bộ phường Ba Đình (badinh.cb) đã lưu báo cáo này lúc 08:00 22/04/2017"),
                browser.text("conflict-message"));
        assertEquals("conflict", browser.driver().findElement(By.id("save-status")).getDomAttribute("data-kind"));
        browser.clickCss("#conflict-show-changes");
        waiting("the differences").until(d -> browser.shows("conflict-diff"));
        assertTrue(browser.text("conflict-diff").contains("Tổng số hồ sơ đã nhận"), browser.text("conflict-diff"));
        assertFitsTheViewport();

        browser.clickCss("#conflict-keep-mine");
        waiting("my version saved over theirs")
                .until(d -> "saved".equals(d.findElement(By.id("save-status")).getDomAttribute("data-kind"))
                        && Integer.valueOf(12).equals(storedCell(campaign, "14794", "ho_so_nhan")));
        assertTrue(Long.parseLong(browser.value("version")) > theirs);
        assertFalse(browser.shows("conflict-message"));
    }

    private void oneBadCellSavesTheRestAndIsListed(int width) {
        long campaign = Scenario.bimSonChain();
        open("phuson.cb", campaign, "14803", width);
        // a fresh form: no list of problems, no red cell
        assertTrue(browser.driver().findElements(By.cssSelector("#submission-form .is-invalid")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("issue-list")).isEmpty());

        type(cell("14803", "tthc_mot_cua"), "120");
        type(cell("14803", "ho_so_nhan"), "mười");
        type(cell("14803", "dung_han"), "8");
        type(cell("14803", "qua_han"), "2");
        waiting("the status to say all but one cell was saved")
                .until(d -> "partial".equals(d.findElement(By.id("save-status")).getDomAttribute("data-kind"))
                        && Integer.valueOf(2).equals(storedCell(campaign, "14803", "qua_han")));
        assertTrue(browser.text("save-status").contains("trừ 1 ô chưa đọc được"), browser.text("save-status"));
        JsonPath s = stored(campaign, "14803");
        assertEquals(120, s.getInt("tables.phu-luc-2.rows[0].cells.tthc_mot_cua"));
        assertEquals(8, s.getInt("tables.phu-luc-2.rows[0].cells.dung_han"));

        // the typed text stays, its message is under it and in the list, whose link takes the cursor there
        assertEquals("mười", browser.value(cell("14803", "ho_so_nhan")));
        String feedback = cell("14803", "ho_so_nhan") + "-feedback";
        waiting("the message under the cell")
                .until(d -> d.findElement(By.id(feedback)).getText().contains("'mười' không phải là số nguyên"));
        assertTrue(browser.driver().findElement(By.id(feedback)).isDisplayed());
        WebElement link = browser.driver()
                .findElement(By.cssSelector("#issue-list a[href='#" + cell("14803", "ho_so_nhan") + "']"));
        assertTrue(link.getText().contains("'mười'"), link.getText());
        // the other cells are left alone: no message under them
        assertEquals("", browser.driver().findElement(By.id(cell("14803", "tthc_lien_thong") + "-feedback")).getText());
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", link);
        link.click();
        waiting("the cell to take the cursor").until(d -> cell("14803", "ho_so_nhan")
                .equals(js("return document.activeElement && document.activeElement.id;")));
        assertFitsTheViewport();

        // back on the page later: what was saved, and the unreadable text is offered back
        browser.driver().navigate().refresh();
        waiting("the offer to restore the unsaved input").until(d -> browser.shows("restore-draft"));
        browser.clickCss("#restore-draft-yes");
        assertEquals("mười", browser.value(cell("14803", "ho_so_nhan")));
    }

    private void anUploadRightAfterTypingIsNoConflict(int width) throws IOException {
        long campaign = Scenario.bimSonChain();
        open("bacson.cb", campaign, "14800", width);
        Path file = filledWorkbook(campaign, "14800", 40, 30, 5);
        type(cell("14800", "ghi_chu"), "Đang nhập dở");
        // upload at once: the page saves what was typed first, then sends the file with the new version
        WebElement input = browser.driver().findElement(By.id("workbook-file"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
        input.sendKeys(file.toAbsolutePath().toString());
        browser.clickCss("#workbook-form button[type='submit']");
        browser.waitForText("Đã nhập số liệu từ tệp Excel");
        assertFalse(browser.text().contains("409"), browser.text());
        assertFalse(browser.shows("conflict-message"));
        JsonPath s = stored(campaign, "14800");
        assertEquals(40, s.getInt("tables.phu-luc-2.rows[0].cells.ho_so_nhan"));
        assertEquals("40", browser.value(cell("14800", "ho_so_nhan")));
        assertFitsTheViewport();
    }

    private void inputSurvivesAnEndedSession(int width) {
        long campaign = Scenario.bimSonChain();
        open("lamson.cb", campaign, "14809", width);
        type(cell("14809", "ho_so_nhan"), "12");
        waiting("the first save")
                .until(d -> "saved".equals(d.findElement(By.id("save-status")).getDomAttribute("data-kind"))
                        && Integer.valueOf(12).equals(storedCell(campaign, "14809", "ho_so_nhan")));
        long version = stored(campaign, "14809").getLong("version");
        // the cells still empty are listed as required, but not marked red before the user has been there
        waiting("the list of what is left to fill").until(d -> d.findElements(By.cssSelector("#issue-list li")).stream()
                .anyMatch(li -> li.getText().contains("Tổng số hồ sơ giải quyết đúng hạn")));
        for (String untouched : new String[] { "dung_han", "qua_han" }) {
            assertFalse(browser.driver().findElement(By.id(cell("14809", untouched))).getDomAttribute("class")
                    .contains("is-invalid"), untouched + " is marked before the user has left it");
            assertEquals("", browser.driver().findElement(By.id(cell("14809", untouched) + "-feedback")).getText());
        }

        // the session ends (its cookie is gone) while the user types
        for (Cookie c : browser.driver().manage().getCookies()) {
            if (c.getName().startsWith("q_session")) {
                browser.driver().manage().deleteCookie(c);
            }
        }
        type(cell("14809", "dung_han"), "9");
        waiting("the page to say the session has ended").until(d -> browser.shows("session-lost"));
        assertEquals(version, stored(campaign, "14809").getLong("version"), "nothing reached the server");
        assertEquals("9", browser.value(cell("14809", "dung_han")));

        // logging in again brings the page back with the input restored, said so, and saved
        browser.clickCss("#session-login");
        browser.signInAtProvider("lamson.cb");
        browser.waitForPath("/campaigns/" + campaign + "/submissions/14809");
        waiting("the notice of the restored input").until(d -> browser.shows("restored-notice"));
        assertTrue(browser.text("restored-notice").startsWith("Đã khôi phục nội dung bạn nhập lúc"),
                browser.text("restored-notice"));
        assertEquals("9", browser.value(cell("14809", "dung_han")));
        waiting("the restored input to be saved")
                .until(d -> Integer.valueOf(9).equals(storedCell(campaign, "14809", "dung_han")));
        waiting("the kept copy to be cleared once saved").until(d -> Boolean.TRUE.equals(js(
                "return Object.keys(localStorage).every(function (k) { return k.indexOf('tonghop.draft.') !== 0; });")));
        assertFitsTheViewport();
    }

    // ---- steps ----

    private void open(String user, long campaign, String unit, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.loginAs(user).open("/lang/vi");
        browser.open("/campaigns/" + campaign + "/submissions/" + unit);
        browser.waitForText("campaign-title", Scenario.provincialRequest().get("title").toString());
        waiting("the form's script").until(d -> Boolean.TRUE.equals(js("return !!window.htmx;")));
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private JsonPath stored(long campaign, String unit) {
        return Tokens.as(reporterOf(unit)).get("/api/campaigns/" + campaign + "/submissions/" + unit).then()
                .statusCode(200).extract().jsonPath();
    }

    private Object storedCell(long campaign, String unit, String column) {
        return stored(campaign, unit).get("tables.phu-luc-2.rows[0].cells." + column);
    }

    private static String reporterOf(String unit) {
        return switch (unit) {
            case "14803" -> "phuson.cb";
            case "14800" -> "bacson.cb";
            case "14794" -> "badinh.cb";
            default -> "lamson.cb";
        };
    }

    /** The unit's workbook as downloaded, with its Phụ lục II row filled as in Excel. */
    private Path filledWorkbook(long campaign, String unit, int received, int onTime, int late) throws IOException {
        byte[] blank = Tokens.as(reporterOf(unit))
                .get("/api/campaigns/" + campaign + "/submissions/" + unit + "/tables.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheet("Phụ lục II");
            Row row = sheet.getRow(8);
            int[] values = { 120, 5, received, onTime, late };
            for (int i = 0; i < values.length; i++) {
                row.getCell(2 + i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(values[i]);
            }
            wb.write(out);
            Path file = Files.createTempFile("phu-luc-ii-", ".xlsx");
            file.toFile().deleteOnExit();
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    private void assertFitsTheViewport() {
        Object overflow = js("return document.body.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "the body is wider than the viewport by " + overflow + " px");
    }

    static String cell(String unit, String column) {
        return "cell-phu-luc-2-" + unit + "-" + column;
    }

    private WebDriverWait waiting(String what) {
        return browser.waitingFor(() -> what);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }
}
