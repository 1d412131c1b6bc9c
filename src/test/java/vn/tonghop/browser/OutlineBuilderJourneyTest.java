package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The gate to every request: the Bỉm Sơn office turns the Word đề cương it received into a template in the builder,
 * fixes a section and a column, saves it, publishes a request from it, and a ward fills it; the builder also works on a
 * phone.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class OutlineBuilderJourneyTest {

    Browser browser;

    @Test
    void districtImportsTheWordOutlineFixesItPublishesAndAWardFillsIt() throws Exception {
        String code = "bim-son-nhap-" + System.nanoTime() % 1_000_000;
        Path docx = Files.createTempFile("de-cuong", ".docx");
        try (InputStream in = getClass().getResourceAsStream("/outline-import/seed000-de-cuong.docx")) {
            Files.copy(in, docx, StandardCopyOption.REPLACE_EXISTING);
        }

        browser.loginAs("vp.bimson").open("/lang/vi").open("/templates").clickLink("Tải lên phiên bản mới")
                .waitForPath("/templates/new");
        browser.field("import-file").sendKeys(docx.toString());
        browser.fill("import-code", code).click("Đọc tệp").waitForText("Đã đọc tệp: 9 mục, 1 bảng.");
        assertTrue(browser.text("builder-warnings").contains("Phần công văn"), browser.text("builder-warnings"));
        assertTrue(browser.shows("tab-builder"), "the builder opens on what was read");
        List<WebElement> titles = browser.driver().findElements(By.cssSelector("#b-sections .section-title"));
        assertEquals("Kết quả triển khai", titles.get(0).getDomProperty("value"));
        retype(titles.get(0), "Kết quả triển khai thực hiện");
        WebElement column = browser.driver()
                .findElement(By.cssSelector(".builder-column[data-code='theo_co_che_mot_cua'] .column-title"));
        retype(column, "Số TTHC theo cơ chế một cửa");
        browser.driver().findElement(By.id("req-0-0")).click();
        assertTrue(browser.text("b-preview").contains("I. Kết quả triển khai thực hiện"), browser.text("b-preview"));
        screenshot("outline-builder.png");

        // the YAML tab shows what the builder holds
        browser.click("YAML (nâng cao)");
        browser.waitUntil("the YAML made from the builder",
                d -> browser.value("yaml").contains("Kết quả triển khai thực hiện"));
        assertTrue(browser.value("yaml").contains("header: Số TTHC theo cơ chế một cửa"), browser.value("yaml"));
        browser.click("Trình soạn").click("Lưu phiên bản mẫu").waitForText("Đã lưu mẫu");
        browser.waitForPath("/templates/" + code + ".*");
        String saved = Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(200).extract().jsonPath()
                .getString("yaml");
        assertTrue(saved.contains("title: Kết quả triển khai thực hiện") && saved.contains("required: true"), saved);

        long id = publish(code);

        browser.logout().loginAs("badinh.cb").open("/lang/vi").open("/campaigns/" + id + "/submissions/14794");
        browser.waitForText("I. Kết quả triển khai thực hiện");
        WebElement cell = browser.driver().findElement(By.id("cell-phu-luc-ii-14794-theo_co_che_mot_cua"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        cell.sendKeys("120", Keys.TAB);
        browser.waitUntil("the ward's figure saved", d -> {
            JsonPath s = Tokens.as("badinh.cb").get("/api/campaigns/" + id + "/submissions/14794").then().extract()
                    .jsonPath();
            return Integer.valueOf(120).equals(s.get("tables.phu-luc-ii.rows[0].cells.theo_co_che_mot_cua"));
        });
        assertTrue(browser.text().contains("Số TTHC theo cơ chế một cửa"), "the renamed column heads the annex");

        // the builder on a phone: editing a saved version opens it in the builder, and nothing is wider than the screen
        browser.logout().loginAs("vp.bimson").phone().open("/templates/new?from=" + code);
        browser.waitUntil("the saved version in the builder",
                d -> !d.findElements(By.cssSelector("#b-sections .section-title")).isEmpty());
        assertEquals(0, browser.overflow(), "the builder fits 390 px");
        assertTrue(browser.text("b-preview").contains("Số TTHC theo cơ chế một cửa"));
    }

    /** A picture of the page for README (target/screenshots; copied to src/docs/images by hand). */
    private void screenshot(String name) throws java.io.IOException {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(dir.resolve(name), png);
    }

    private void retype(WebElement field, String value) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** The request, made in the campaign wizard from the new template, to Ba Đình ward; returns its id. */
    private long publish(String code) {
        browser.open("/campaigns").clickLink("Tạo yêu cầu báo cáo").waitForPath("/campaigns/new");
        browser.select("templateCode", code).click("Tiếp tục");
        browser.waitForText("Công văn yêu cầu báo cáo");
        browser.fill("title", "Báo cáo một cửa quý I/2017 (mẫu nhập từ Word)").fill("letterNumber", "681/UBND-VP")
                .fill("subject", "V/v báo cáo một cửa quý I/2017").fill("signerCapacity", "KT. CHỦ TỊCH")
                .fill("signerTitle", "PHÓ CHỦ TỊCH").fill("signerName", "Nguyễn Văn Bình").click("Tiếp tục");
        browser.waitForText("Chế độ báo cáo (Nghị định 09/2019/NĐ-CP)");
        browser.fill("deadline", "2017-04-25T17:00").click("Tiếp tục");
        browser.waitForText("Đơn vị được yêu cầu báo cáo");
        browser.check("r-14794", true).click("Lưu dự thảo và xem lại").waitForText("Đã tạo dự thảo yêu cầu báo cáo.");
        long id = Long.parseLong(browser.path().replaceAll("/campaigns/(\\d+).*", "$1"));
        browser.click("5. Xem lại và ban hành").clickCss("#publish").clickCss("#publish-confirm")
                .waitForText("Đã ban hành yêu cầu báo cáo.");
        return id;
    }
}
