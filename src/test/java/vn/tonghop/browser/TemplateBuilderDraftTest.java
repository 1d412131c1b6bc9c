package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The builder's draft before it is saved: its fill form previewed in a new tab and its blank Excel downloaded, and its
 * sections and columns reordered by dragging them by their grips, on a desktop and on a phone 390 px wide (where the
 * up/down buttons stay the way to move). Chromium does not start native drag and drop from WebDriver's pointer actions,
 * so the drags are the DragEvents a mouse drag fires (dragstart on the grip, dragover and drop on the target, dragend),
 * dispatched in the page.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class TemplateBuilderDraftTest {

    /** A mouse drag of {@code arguments[0]}'s grip onto the upper or lower half of {@code arguments[1]}. */
    static final String DRAG = """
            var item = arguments[0], target = arguments[1], after = arguments[2];
            var grip = item.querySelector('.builder-drag');
            var dt = new DataTransfer();
            function fire(el, type, y) {
              var r = el.getBoundingClientRect();
              el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt,
                clientX: r.left + 8, clientY: y }));
            }
            var g = grip.getBoundingClientRect();
            fire(grip, 'dragstart', g.top + 4);
            var r = target.getBoundingClientRect();
            var y = after ? r.bottom - 3 : r.top + 3;
            fire(target, 'dragenter', y);
            fire(target, 'dragover', y);
            var marked = target.className;
            fire(target, 'drop', y);
            fire(grip, 'dragend', y);
            return marked;
            """;

    Browser browser;

    @Test
    void theUnsavedDraftPreviewsAndPrintsBlankAndItsSectionsAndColumnsMoveByDragging() throws Exception {
        String code = "bim-son-nhap-nhap-" + System.nanoTime() % 1_000_000;
        browser.loginAs("vp.bimson").open("/lang/vi").open("/templates/new");
        importOutline(code);

        List<WebElement> titles = sectionTitles();
        titles.get(0).click();
        titles.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kết quả triển khai chưa lưu", Keys.TAB);

        // the first top section (with its subsections) dragged below the second one
        List<String> before = sectionCodes();
        List<Integer> tops = topSections();
        String first = before.get(tops.get(0));
        String second = before.get(tops.get(1));
        String marked = drag(section(first), section(second), true);
        assertTrue(marked.contains("builder-drop-after"), "the place it goes is marked: " + marked);
        List<String> after = sectionCodes();
        assertEquals(before.size(), after.size(), "a drag moves, it does not add or drop");
        assertTrue(after.indexOf(second) < after.indexOf(first), after.toString());
        assertTrue(browser.text("b-preview").contains("II. Kết quả triển khai chưa lưu"), browser.text("b-preview"));
        assertTrue(browser.text("b-announce").contains("Kết quả triển khai chưa lưu"), "a screen reader hears it");
        // the keyboard's way back: its up button
        upButtonOf(first).click();
        assertEquals(before, sectionCodes(), "the up button undoes the drag");

        screenshot("builder-drag.png");
        // a column dragged before the first one of its table
        List<String> columns = columnCodes();
        drag(column(columns.get(2)), column(columns.get(0)), false);
        List<String> moved = columnCodes();
        assertEquals(columns.get(2), moved.get(0), moved.toString());
        assertEquals(columns.size(), moved.size());

        // the draft's fill form, before saving, in a new tab
        String builder = browser.driver().getWindowHandle();
        browser.clickCss("#preview-draft");
        browser.waitUntil("the preview tab", d -> d.getWindowHandles().size() > 1);
        String tab = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(builder)).findFirst()
                .orElseThrow();
        browser.driver().switchTo().window(tab);
        browser.waitForText("Kết quả triển khai chưa lưu");
        assertTrue(browser.shows("draft-note"), "the tab says it shows an unsaved draft");
        screenshot("draft-preview.png");
        assertTrue(!browser.driver().findElements(By.cssSelector("table.report-grid")).isEmpty(), "its annex grid");
        browser.driver().close();
        browser.driver().switchTo().window(builder);

        // the blank Excel of the draft: the columns in their new order
        Path xlsx = browser.downloadByCss("#blank-xlsx-draft");
        browser.driver().switchTo().window(builder);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            List<String> cells = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    cells.add(c.toString());
                }
            }
            String firstTitle = columnTitle(moved.get(0));
            String secondTitle = columnTitle(moved.get(1));
            assertTrue(cells.indexOf(firstTitle) >= 0 && cells.indexOf(firstTitle) < cells.indexOf(secondTitle),
                    firstTitle + " before " + secondTitle + " in " + cells);
        }
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(404);
    }

    @Test
    void onAPhoneTheBuilderFitsAndSectionsStillMove() throws Exception {
        String code = "bim-son-nhap-dt-" + System.nanoTime() % 1_000_000;
        browser.loginAs("vp.bimson").phone().open("/lang/vi").open("/templates/new");
        importOutline(code);
        assertEquals(0, browser.overflow(), "the builder with its grips fits 390 px");
        screenshot("builder-phone.png");

        List<String> before = sectionCodes();
        List<Integer> tops = topSections();
        String first = before.get(tops.get(0));
        String second = before.get(tops.get(1));
        upButtonOf(second).click();
        List<String> up = sectionCodes();
        assertEquals(second, up.get(0), "the up button, the phone's way");
        drag(section(second), section(first), true);
        assertEquals(before, sectionCodes(), "and a drag puts it back");
        assertNotEquals(before, up);
        assertEquals(0, browser.overflow());

        String builder = browser.driver().getWindowHandle();
        browser.clickCss("#preview-draft");
        browser.waitUntil("the preview tab", d -> d.getWindowHandles().size() > 1);
        browser.driver().switchTo().window(
                browser.driver().getWindowHandles().stream().filter(h -> !h.equals(builder)).findFirst().orElseThrow());
        browser.waitUntil("the draft's form", d -> !d.findElements(By.id("draft-note")).isEmpty());
        browser.driver().close();
        browser.driver().switchTo().window(builder);
    }

    /** A picture of the page as it is (target/screenshots), to look at the layout. */
    private void screenshot(String name) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name), ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private void importOutline(String code) throws Exception {
        Path docx = Files.createTempFile("de-cuong", ".docx");
        try (InputStream in = getClass().getResourceAsStream("/outline-import/seed000-de-cuong.docx")) {
            Files.copy(in, docx, StandardCopyOption.REPLACE_EXISTING);
        }
        browser.field("import-file").sendKeys(docx.toString());
        browser.fill("import-code", code).click("Đọc tệp").waitForText("Đã đọc tệp:");
        browser.waitUntil("the outline in the builder", d -> !sectionTitles().isEmpty());
    }

    private String drag(WebElement item, WebElement target, boolean after) {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", target);
        return String.valueOf(browser.js(DRAG, item, target, after));
    }

    private List<WebElement> sectionTitles() {
        return browser.driver().findElements(By.cssSelector("#b-sections .section-title"));
    }

    private List<String> sectionCodes() {
        return browser.driver().findElements(By.cssSelector("#b-sections > li")).stream()
                .map(e -> e.getDomAttribute("data-code")).toList();
    }

    /** Indexes of the top sections (no indent). */
    @SuppressWarnings("unchecked")
    private List<Integer> topSections() {
        List<Object> found = (List<Object>) browser
                .js("return [].slice.call(document.querySelectorAll('#b-sections > li'))"
                        + ".map(function (li, i) { return li.style.marginLeft === '0rem' || li.style.marginLeft === '0px'"
                        + " || !li.style.marginLeft ? i : -1; }).filter(function (i) { return i >= 0; });");
        return found.stream().map(o -> ((Number) o).intValue()).toList();
    }

    private WebElement section(String code) {
        return browser.driver().findElement(By.cssSelector("#b-sections > li[data-code='" + code + "']"));
    }

    private WebElement upButtonOf(String code) {
        WebElement up = section(code).findElement(By.cssSelector("button[aria-label='Lên']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", up);
        return up;
    }

    private List<String> columnCodes() {
        return browser.driver().findElements(By.cssSelector(".builder-columns > .builder-column")).stream()
                .map(e -> e.getDomAttribute("data-code")).toList();
    }

    private WebElement column(String code) {
        return browser.driver().findElement(By.cssSelector(".builder-column[data-code='" + code + "']"));
    }

    private String columnTitle(String code) {
        return column(code).findElement(By.cssSelector(".column-title")).getDomProperty("value");
    }
}
