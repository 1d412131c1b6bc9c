package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Each seed outline previews in the browser as the blank form a commune will fill, live but never saved. */
@BrowserTest
class TemplatePreviewBrowserTest {

    /** Seed code → a table its preview must draw as a grid. */
    static final Map<String, String> SEEDS = Map.of("mot-cua-2017-q1", "phu-luc-2", "bo-phan-mot-cua-2024",
            "thong-ke-tthc", "mot-cua-dong-nai-2017-09", "", "ke-hoach-mot-cua-2015", "");

    Browser browser;

    @Test
    void everySeedOutlinePreviewsAsTheFormCommunesWillSee() {
        browser.loginAs("badinh.cb").open("/lang/vi");
        for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
            browser.open("/templates/" + seed.getKey() + "/1/preview").waitForPath("/templates/.*/preview")
                    .waitForText("Xem trước");
            assertTrue(browser.shows("preview-note"), seed.getKey());
            assertTrue(!browser.driver().findElements(By.cssSelector("section.outline-item")).isEmpty(),
                    seed.getKey() + " shows its outline");
            if (!seed.getValue().isEmpty()) {
                assertTrue(browser.shows("table-" + seed.getValue()), seed.getKey() + " draws its table");
            }
            assertFalse(browser.shows("submit-report"), "a preview submits nothing");
        }
    }

    @Test
    void thePreviewComputesTheRateAndFlagsTheRuleAsTheFormDoes() {
        browser.loginAs("badinh.cb").open("/lang/vi").open("/templates/mot-cua-2017-q1/1/preview")
                .waitForText("Xem trước");
        browser.fill("cell-phu-luc-2-preview-ho_so_nhan", "10");
        browser.fill("cell-phu-luc-2-preview-dung_han", "8");
        browser.field("cell-phu-luc-2-preview-qua_han").sendKeys("5", Keys.TAB);
        browser.waitingFor(() -> "the preview")
                .until(d -> d.findElement(By.id("cell-phu-luc-2-preview-ty_le_dung_han")).getText().equals("61,54"));
        browser.waitingFor(() -> "the preview").until(d -> d.findElement(By.id("cell-phu-luc-2-preview-qua_han"))
                .getAttribute("class").contains("is-invalid"));
        List<String> issues = browser.driver().findElements(By.cssSelector("#issue-list li")).stream()
                .map(e -> e.getText()).toList();
        assertTrue(issues.stream().anyMatch(t -> t.contains("không được lớn hơn")), issues.toString());
    }
}
