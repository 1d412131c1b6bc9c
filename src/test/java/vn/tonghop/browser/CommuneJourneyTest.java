package vn.tonghop.browser;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Commune staff's journey of April 2017 (675/UBND-VP): Phường Ba Đình's reporter fills the Q1/2017 one-stop report in
 * the browser, trips the Phụ lục II rule, fixes it, and the ward's chair signs and submits before the deadline.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class CommuneJourneyTest {

    /** The narrative sections of the outline mot-cua-2017-q1 and what the ward writes in them. */
    static final Map<String, String> NARRATIVE = Map.of("so-luong-co-quan",
            "<p>01 bộ phận một cửa tại UBND phường.</p>", "so-tthc",
            "<p>Thực hiện <strong>120</strong> thủ tục theo cơ chế một cửa, 5 thủ tục liên thông.</p>",
            "chat-luong-giai-quyet", "<p>Giải quyết đúng hạn phần lớn hồ sơ.</p>", "ton-tai-han-che",
            "<p>Trang thiết bị còn thiếu.</p>", "de-xuat-kien-nghi", "<p>Đề nghị bổ sung máy tính.</p>");

    Browser browser;

    /** The unit's reporter, who reads back through the API what the page saved. */
    String reporter;

    @Test
    void wardStaffHitTheRuleFixItAndTheChairSubmitsOnTime() {
        long campaign = Scenario.bimSonChain();

        openReport("badinh.cb", campaign, "14794");
        assertEquals("UBND phường Ba Đình", browser.text("unit-name"));
        assertTrue(browser.text("deadline").startsWith("17:00 25/04/2017"), browser.text("deadline"));
        NARRATIVE.forEach(this::write);
        typeIntoEditor("uu-diem", "Cán bộ tận tình, đúng giờ.");

        // 8 on time and 5 late out of 10 received: the rule marks the three cells, the rate still follows
        typeRow("14794", "120", "5", "10", "8", "5");
        waitForIssue("không được lớn hơn tổng số hồ sơ đã nhận");
        for (String column : List.of("ho_so_nhan", "dung_han", "qua_han")) {
            waitForClass(cell("14794", column), "is-invalid");
        }
        assertFalse(hasClass(cell("14794", "tthc_mot_cua"), "is-invalid"));
        browser.waitForText(cell("14794", "ty_le_dung_han"), "61,54");
        long broken = waitUntilSaved(campaign, "14794", 0, Map.of("ho_so_nhan", 10, "dung_han", 8, "qua_han", 5));
        assertTrue(browser.text("save-status").startsWith("Đã lưu lúc 08:00 (phiên bản "), browser.text("save-status"));

        type(cell("14794", "qua_han"), "2", Keys.TAB);
        browser.waitForText("no-issues", "Không còn lỗi; có thể nộp báo cáo.");
        browser.waitForText(cell("14794", "ty_le_dung_han"), "80");
        assertTrue(browser.driver().findElements(By.cssSelector("#submission-form .is-invalid")).isEmpty());
        waitUntilSaved(campaign, "14794", broken, Map.of("qua_han", 2));
        JsonPath stored = Tokens.as("badinh.cb").get(api(campaign, "14794")).then().extract().jsonPath();
        assertEquals("<p>Cán bộ tận tình, đúng giờ.</p>", stored.getString("sections.uu-diem"));
        assertEquals(NARRATIVE.get("so-tthc"), stored.getString("sections.so-tthc"));

        // what was saved is what the page shows again, with no unsaved copy to restore
        browser.driver().navigate().refresh();
        waitForEditors();
        assertEquals("10", browser.value(cell("14794", "ho_so_nhan")));
        assertEquals("8", browser.value(cell("14794", "dung_han")));
        assertEquals("2", browser.value(cell("14794", "qua_han")));
        assertEquals("120", browser.value(cell("14794", "tthc_mot_cua")));
        assertEquals("80", browser.text(cell("14794", "ty_le_dung_han")));
        assertEquals("Cán bộ tận tình, đúng giờ.", editorText("uu-diem"));
        assertFalse(browser.shows("restore-draft"), "nothing unsaved is left on this computer");
        // the editor speaks the page's language too; and the first save turned the header's badge into "draft"
        assertEquals(Boolean.TRUE,
                js("return !!document.querySelector('#item-uu-diem .tox-tbtn[aria-label=\"In đậm\"]');"));
        assertEquals("Đang soạn", browser.text("submission-status"));
        assertFalse(browser.shows("submit-report"), "a reporter prepares, the approver submits");
        assertTrue(browser.shows("approver-note"));

        // the ward's chair signs and submits
        browser.logout();
        openReport("badinh.ct", campaign, "14794");
        assertEquals("10", browser.value(cell("14794", "ho_so_nhan")));
        browser.fill("signer-name", "Trần Văn B").fill("signer-title", "Chủ tịch UBND phường");
        browser.clickCss("#submit-report").waitForText("không sửa được báo cáo nữa").clickCss("#submit-confirm")
                .waitForText("Đã nộp báo cáo lúc 08:00 22/04/2017, đúng hạn.");
        browser.waitForPath("/campaigns/" + campaign + "/submissions/14794");
        assertEquals("Đã nộp lúc 08:00 22/04/2017, đúng hạn. Người ký: Trần Văn B (Chủ tịch UBND phường).",
                browser.text("submitted-info"));
        browser.waitForText("submission-status", "Đã nộp");
        assertTrue(browser.shows("lock-reason"));
        for (String gone : List.of("submit-report", "save-draft", "editor-uu-diem")) {
            assertFalse(browser.shows(gone), gone + " is gone from the read-only report");
        }
        assertEquals("Cán bộ tận tình, đúng giờ.", browser.text("narrative-uu-diem"));
        assertTrue(
                browser.driver().findElements(By.cssSelector("#submission input.cell, #submission textarea")).isEmpty(),
                "no cell or text to edit any more");
        assertEquals("output", browser.driver().findElement(By.id(cell("14794", "qua_han"))).getTagName());
        assertEquals("2", browser.text(cell("14794", "qua_han")));
        Tokens.as("vp.bimson").get(api(campaign, "14794")).then().statusCode(200).body("status", is("SUBMITTED"))
                .body("late", is(false)).body("signerName", is("Trần Văn B"));
    }

    @Test
    void vietnameseNumbersAreReadAndAWordIsKeptAsTypedWithoutLosingTheSavedReport() {
        long campaign = Scenario.bimSonChain();

        openReport("ngoctrao.cb", campaign, "14797");
        typeRow("14797", "118", "5", "1.315", "1.200", "15");
        browser.waitForText(cell("14797", "ty_le_dung_han"), "98,77");
        long saved = waitUntilSaved(campaign, "14797", 0,
                Map.of("tthc_mot_cua", 118, "ho_so_nhan", 1315, "dung_han", 1200, "qua_han", 15));
        assertTrue(
                browser.driver().findElements(By.id("issue-list")).isEmpty()
                        || !browser.text("issue-list").contains("không phải là số"),
                "1.315 is a number the Vietnamese way");

        type(cell("14797", "dung_han"), "mười", Keys.TAB);
        waitForIssue("'mười' không phải là số nguyên");
        waitForClass(cell("14797", "dung_han"), "is-invalid");
        // the message stands under the cell, not in a tooltip; the rest of the report is saved, the cell keeps 1.200
        waiting("the cell's message under it").until(d -> d.findElement(By.id(cell("14797", "dung_han") + "-feedback"))
                .getText().contains("'mười' không phải là số nguyên"));
        assertEquals("",
                String.valueOf(browser.field(cell("14797", "dung_han")).getDomAttribute("title")).replace("null", ""));
        waiting("the save status to say the rest was saved")
                .until(d -> "partial".equals(d.findElement(By.id("save-status")).getDomAttribute("data-kind")));
        assertTrue(browser.text("save-status").contains("trừ 1 ô chưa đọc được"), browser.text("save-status"));
        Tokens.as("ngoctrao.cb").get(api(campaign, "14797")).then().body("tables.phu-luc-2.rows[0].cells.dung_han",
                is(1200));

        // back on the page: the saved figures, the Vietnamese way, and an offer to bring back what was typed
        browser.driver().navigate().refresh();
        browser.waitForText(cell("14797", "ty_le_dung_han"), "98,77");
        assertEquals("1.315", browser.value(cell("14797", "ho_so_nhan")));
        assertEquals("1.200", browser.value(cell("14797", "dung_han")));
        waiting("the offer to restore the unsaved input").until(d -> browser.shows("restore-draft"));
        assertTrue(browser.text("restore-draft-text").startsWith("Trên máy này còn nội dung chưa lưu của báo cáo này"),
                browser.text("restore-draft-text"));
        browser.clickCss("#restore-draft-no");
        waiting("the offer to go away").until(d -> !browser.shows("restore-draft"));
        assertEquals("1.200", browser.value(cell("14797", "dung_han")));
    }

    // ---- steps ----

    /** Logs in, finds the report in the inbox and opens its form. */
    private void openReport(String user, long campaign, String unit) {
        if (reporter == null) {
            reporter = user;
        }
        browser.loginAs(user).open("/lang/vi");
        browser.clickLink("Yêu cầu báo cáo").waitForPath("/campaigns").waitForText("Báo cáo cần nộp");
        String link = "open-report-" + campaign + "-" + unit;
        assertTrue(browser.rowOf("#" + link).get(4).startsWith("17:00 25/04/2017"),
                browser.rowOf("#" + link).toString());
        browser.clickCss("#" + link).waitForPath("/campaigns/" + campaign + "/submissions/" + unit);
        browser.waitForText("campaign-title", Scenario.provincialRequest().get("title").toString());
    }

    /** Writes a section through the editor's own API, as pasting formatted text would. */
    private void write(String section, String html) {
        waitForEditors();
        js("var e = tinymce.get(arguments[0]); e.setContent(arguments[1]); e.fire('change');", "editor-" + section,
                html);
    }

    /** Types into a section's editor (its iframe) as a user does, then leaves it. */
    private void typeIntoEditor(String section, String text) {
        waitForEditors();
        WebElement frame = browser.driver().findElement(By.id("editor-" + section + "_ifr"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", frame);
        browser.driver().switchTo().frame(frame);
        try {
            WebElement body = browser.driver().findElement(By.id("tinymce"));
            body.click();
            body.sendKeys(text);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        // leaving the editor is what makes TinyMCE report the change
        browser.driver().findElement(By.id("campaign-title")).click();
        waiting(() -> "the text typed in " + section + " to reach its form field, which holds '"
                + browser.value("editor-" + section) + "'").until(d -> Boolean.TRUE.equals(
                        js("var field = document.getElementById(arguments[0]), probe = document.createElement('div');"
                                + " probe.innerHTML = field.value; return probe.textContent === arguments[1];",
                                "editor-" + section, text)));
    }

    private void waitForEditors() {
        waiting("TinyMCE on the narrative sections").until(d -> Boolean.TRUE.equals(js(
                "return !!(window.tinymce && tinymce.get('editor-uu-diem') && tinymce.get('editor-uu-diem').initialized);")));
    }

    /** The text an editor shows, without its markup. */
    private String editorText(String section) {
        return (String) js("return tinymce.get(arguments[0]).getContent({format: 'text'});", "editor-" + section);
    }

    /** Types a Phụ lục II row from its first cell, moving with Tab as a user does. */
    private void typeRow(String unit, String tthcMotCua, String tthcLienThong, String received, String onTime,
            String late) {
        type(cell(unit, "tthc_mot_cua"), tthcMotCua, Keys.TAB);
        type(cell(unit, "tthc_lien_thong"), tthcLienThong, Keys.TAB);
        type(cell(unit, "ho_so_nhan"), received, Keys.TAB);
        type(cell(unit, "dung_han"), onTime, Keys.TAB);
        type(cell(unit, "qua_han"), late, Keys.TAB);
    }

    private void type(String id, String value, Keys then) {
        WebElement field = browser.driver().findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, then);
    }

    /**
     * Waits until the page says "Đã lưu" and the server holds these values (the autosave that carried them has ended);
     * returns the version saved, which is newer than {@code after}.
     */
    private long waitUntilSaved(long campaign, String unit, long after, Map<String, Integer> cells) {
        waiting("autosave to report the values saved").until(d -> {
            WebElement status = d.findElement(By.id("save-status"));
            if (!"saved".equals(status.getDomAttribute("data-kind")) || !status.getText().startsWith("Đã lưu")) {
                return false;
            }
            JsonPath s = Tokens.as(reporter).get(api(campaign, unit)).then().extract().jsonPath();
            Map<String, Object> stored = s.getMap("tables.phu-luc-2.rows[0].cells");
            return s.getLong("version") > after && stored != null
                    && cells.entrySet().stream().allMatch(e -> e.getValue().equals(stored.get(e.getKey())));
        });
        long version = Long.parseLong(browser.value("version"));
        assertTrue(browser.text("save-status").contains("(phiên bản " + version + ")"), browser.text("save-status"));
        return version;
    }

    private void waitForIssue(String text) {
        waiting("an issue reading '" + text + "'").until(d -> d.findElements(By.cssSelector("#issue-list li")).stream()
                .anyMatch(li -> li.getText().contains(text)));
    }

    private void waitForClass(String id, String cssClass) {
        waiting("#" + id + " to be marked " + cssClass).until(d -> hasClass(id, cssClass));
    }

    private boolean hasClass(String id, String cssClass) {
        String classes = browser.driver().findElement(By.id(id)).getDomAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(cssClass);
    }

    static String cell(String unit, String column) {
        return "cell-phu-luc-2-" + unit + "-" + column;
    }

    static String api(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    private WebDriverWait waiting(String what) {
        return browser.waitingFor(() -> what);
    }

    private WebDriverWait waiting(Supplier<String> what) {
        return browser.waitingFor(what);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }
}
