package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The top bar's language switch: Vietnamese first, English on demand, kept across pages. */
@BrowserTest
class LanguageSwitchTest {

    Browser browser;

    @Test
    void switchShowsEnglishAndBack() {
        browser.loginAs("vp.bimson").clickLink("Yêu cầu báo cáo").waitForPath("/campaigns");
        browser.waitForText("Báo cáo cần nộp").waitForText("Yêu cầu báo cáo đã ban hành");

        browser.clickLink("EN").waitForPath("/campaigns").waitForText("Reports to submit")
                .waitForText("Report requests issued").waitForText("Log out");
        assertFalse(browser.text().contains("Báo cáo cần nộp"), browser.text());

        browser.clickLink("New report request").waitForPath("/campaigns/new").waitForText("Deadline");

        browser.clickLink("VI").waitForPath("/campaigns/new").waitForText("Tạo yêu cầu báo cáo").waitForText("Hạn nộp");
        assertFalse(browser.text().contains("Deadline"), browser.text());
    }
}
