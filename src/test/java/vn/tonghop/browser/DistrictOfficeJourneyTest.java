package vn.tonghop.browser;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The district office's journey of April 2017 (letters 496/SNV-CCHC and 675/UBND-VP): the Bỉm Sơn town office receives
 * the provincial request, relays it to its eight wards and communes, and issues a request of its own.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class DistrictOfficeJourneyTest {

    static final List<String> BIM_SON_COMMUNES = List.of("14794", "14797", "14800", "14803", "14806", "14809", "14812",
            "14815");
    static final String PROVINCIAL_TITLE = "Báo cáo tình hình triển khai cơ chế một cửa, một cửa liên thông quý I/2017";

    Browser browser;

    /** Sở Nội vụ issues 496/SNV-CCHC to Bỉm Sơn (and two others), deadline 17:00 26/04/2017. */
    static long provincialRequestPublished() {
        Map<String, Object> request = Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", "38-SNV", "title",
                PROVINCIAL_TITLE, "letterNumber", "496/SNV-CCHC", "letterDate", "2017-04-21", "periodLabel",
                "Quý I/2017", "deadline", "2017-04-26T17:00:00+07:00", "recipientUnitCodes",
                List.of("381", "384", "38-STP"));
        long id = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(request).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(200).body("status",
                is("PUBLISHED"));
        return id;
    }

    @Test
    void townOfficeRelaysTheProvincialRequestToItsEightCommunes() {
        long parent = provincialRequestPublished();

        browser.loginAs("vp.bimson").clickLink("Yêu cầu báo cáo").waitForPath("/campaigns");
        String link = "#inbox a[href='/campaigns/" + parent + "']";
        List<String> inboxRow = browser.rowOf(link);
        assertEquals(List.of(PROVINCIAL_TITLE, "Sở Nội vụ tỉnh Thanh Hóa", "496/SNV-CCHC", "Quý I/2017"),
                inboxRow.subList(0, 4));
        assertEquals("UBND thị xã Bỉm Sơn", inboxRow.get(6));
        assertTrue(inboxRow.get(4).startsWith("17:00 26/04/2017"), inboxRow.toString());
        assertTrue(inboxRow.get(4).contains("Còn 4 ngày 9 giờ"), inboxRow.toString());
        assertEquals("Chưa mở", inboxRow.get(5));
        browser.clickCss(link).waitForPath("/campaigns/" + parent);
        browser.waitForText("campaign-status", "Đã ban hành");
        assertTrue(browser.text().contains("496/SNV-CCHC · 21/04/2017"), browser.text());

        // A deadline after the province's is refused in Vietnamese, on the same page with the relay form.
        assertEquals("2017-04-25T17:00", browser.value("relayDeadline"), "a day's margin is proposed");
        relayForm("2017-04-27T08:00");
        browser.click("Chuyển tiếp cho đơn vị cấp dưới")
                .waitForText("Hạn nộp phải trước hạn của cấp trên (17:00 26/04/2017)");
        assertTrue(browser.shows("relay-form"), "the relay form stays on the page");
        assertEquals(PROVINCIAL_TITLE, browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("/campaigns/" + parent, browser.path(), "the refusal is the campaign page, not a POST address");
        assertEquals("675/UBND-VP", browser.value("relayNumber"), "what was typed comes back");
        assertEquals("2017-04-27T08:00", browser.value("relayDeadline"));
        assertTrue(!browser.field("rr-381-MC").isSelected() && browser.field("rr-14815").isSelected());

        relayForm("2017-04-25T17:00");
        browser.click("Chuyển tiếp cho đơn vị cấp dưới").waitForText("Đã tạo dự thảo yêu cầu báo cáo.");
        assertTrue(browser.path().matches("/campaigns/\\d+"), browser.path());
        long child = Long.parseLong(browser.path().replaceAll("/campaigns/(\\d+).*", "$1"));
        assertTrue(child != parent);
        browser.waitForText("campaign-status", "Dự thảo");
        assertTrue(browser.text().contains("675/UBND-VP · 22/04/2017"), browser.text());
        assertTrue(browser.text().contains("17:00 25/04/2017"), browser.text());

        browser.clickCss("#publish").waitForText("hạn nộp 17:00 25/04/2017").clickCss("#publish-confirm")
                .waitForText("Đã ban hành yêu cầu báo cáo.");
        assertEquals(1, occurrences(browser.text(), "Đã ban hành yêu cầu báo cáo."), "the message is shown once");
        browser.waitForText("campaign-status", "Đã ban hành").waitForText("progress", "Đã nộp 0/8");
        List<List<String>> recipients = browser.tableRows("recipients");
        assertEquals(BIM_SON_COMMUNES, recipients.stream().map(r -> r.get(0)).sorted().toList());
        assertTrue(recipients.stream().allMatch(r -> r.get(2).equals("17:00 25/04/2017") && r.get(3).equals("Chưa mở")),
                recipients.toString());
        assertTrue(recipients.stream().anyMatch(r -> r.get(1).equals("UBND phường Ba Đình")), recipients.toString());

        // The relayed request links back to the province's, which lists it with its progress.
        assertTrue(browser.text("parent-campaign").contains("Sở Nội vụ tỉnh Thanh Hóa · Hạn nộp 17:00 26/04/2017"),
                browser.text("parent-campaign"));
        browser.clickCss("#parent-campaign a").waitForPath("/campaigns/" + parent);
        List<String> relay = browser.rowOf("#relays a[href='/campaigns/" + child + "']");
        assertEquals(List.of("675/UBND-VP", "UBND thị xã Bỉm Sơn", "17:00 25/04/2017", "Đã ban hành"),
                relay.subList(0, 4));
        assertTrue(relay.get(4).contains("Đã nộp 0/8"), relay.toString());
    }

    static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Fills the relay form: letter 675/UBND-VP, the eight wards and communes only. */
    private void relayForm(String deadline) {
        browser.select("relayIssuer", "381").fill("relayNumber", "675/UBND-VP").fill("relayDeadline", deadline);
        for (WebElement box : browser.driver()
                .findElements(By.cssSelector("#relay-form input[name=recipientUnitCodes]"))) {
            browser.check(box.getAttribute("id"), BIM_SON_COMMUNES.contains(box.getAttribute("value")));
        }
    }

    @Test
    void townOfficeCreatesAndPublishesItsOwnRequest() throws Exception {
        browser.loginAs("vp.bimson").open("/campaigns").clickLink("Tạo yêu cầu báo cáo").waitForPath("/campaigns/new");
        String language = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const label = [...document.querySelectorAll('nav span')].find(s => s.textContent.trim() === 'Ngôn ngữ:');"
                        + " return getComputedStyle(label).color;");
        assertEquals("rgb(255, 255, 255)", language, "the language label reads on the dark red bar");

        // 1. template and issuing unit
        assertEquals("381", browser.value("issuerUnitCode"));
        browser.select("templateCode", "mot-cua-2017-q1").click("Tiếp tục");

        // 2. the letter
        browser.waitForText("Công văn yêu cầu báo cáo");
        assertEquals("2017-04-22", browser.value("letterDate"), "letter date defaults to the portal's today");
        browser.fill("title", "Báo cáo kết quả cải cách hành chính quý I/2017").fill("letterNumber", "680/UBND-VP")
                .fill("subject", "V/v báo cáo kết quả CCHC quý I/2017").select("urgency", "Khẩn")
                .fill("signerCapacity", "KT. CHỦ TỊCH").fill("signerTitle", "PHÓ CHỦ TỊCH")
                .fill("signerName", "Nguyễn Văn Bình").click("Tiếp tục");

        // 3. period and deadline: the last quarter is proposed; a past deadline is refused, nothing typed is lost
        browser.waitForText("Chế độ báo cáo (Nghị định 09/2019/NĐ-CP)");
        assertEquals("QUARTER", browser.value("periodKind"));
        assertEquals("2017", browser.value("periodYear"));
        assertEquals("1", browser.value("periodQuarter"));
        assertTrue(!browser.shows("periodMonth"), "only the fields of the chosen kind of period show");
        browser.fill("deadline", "2017-04-20T17:00").click("Tiếp tục").waitForText("đã qua");
        assertEquals("2017-04-20T17:00", browser.value("deadline"));
        assertTrue(browser.shows("deadline"), "the refused step is the one on screen");
        browser.click("2. Công văn").waitForText("Công văn yêu cầu báo cáo");
        assertEquals("680/UBND-VP", browser.value("letterNumber"));
        browser.click("3. Kỳ báo cáo · Hạn nộp");
        browser.fill("deadline", "2017-04-25T17:00").click("Tiếp tục");

        // 4. recipients from the tree, then saved as a draft and reviewed
        browser.waitForText("Đơn vị được yêu cầu báo cáo");
        browser.check("r-14794", true).check("r-14797", true).click("Lưu dự thảo và xem lại")
                .waitForText("Đã tạo dự thảo yêu cầu báo cáo.");
        assertTrue(browser.path().matches("/campaigns/\\d+/edit\\?step=REVIEW"), browser.path());
        long id = Long.parseLong(browser.path().replaceAll("/campaigns/(\\d+).*", "$1"));
        assertEquals("Quý I/2017 (01/01/2017 – 31/03/2017)", browser.text("review-period"));
        assertEquals("17:00 25/04/2017", browser.text("review-deadline"));
        assertEquals(List.of("UBND phường Ba Đình (14794)", "UBND phường Ngọc Trạo (14797)"), browser.driver()
                .findElements(By.cssSelector("#review-recipients li")).stream().map(WebElement::getText).toList());
        Path letter = browser.download("Xem trước công văn (DOCX)");
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(letter))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertTrue(text.contains("680/UBND-VP") && text.contains("KHẨN"), text);
        }

        // the draft is reopened at any step and saved again
        browser.click("2. Công văn").fill("title", "Báo cáo kết quả CCHC quý I/2017").click("Lưu dự thảo")
                .waitForText("Đã lưu dự thảo yêu cầu báo cáo.");
        assertEquals("/campaigns/" + id + "/edit?step=LETTER", browser.path());
        assertEquals("Báo cáo kết quả CCHC quý I/2017", browser.value("title"));

        // 5. publish from the review
        browser.click("5. Xem lại và ban hành").clickCss("#publish").clickCss("#publish-confirm")
                .waitForText("Đã ban hành yêu cầu báo cáo.");
        assertEquals("/campaigns/" + id, browser.path());
        browser.waitForText("campaign-status", "Đã ban hành").waitForText("progress", "Đã nộp 0/2");
        assertEquals(List.of("14794", "14797"),
                browser.tableRows("recipients").stream().map(r -> r.get(0)).sorted().toList());
        assertTrue(browser.text().contains("Báo cáo kết quả CCHC quý I/2017"), browser.text());
    }
}
