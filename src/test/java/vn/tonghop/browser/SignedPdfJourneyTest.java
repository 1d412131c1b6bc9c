package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.TestSigning;
import vn.tonghop.support.Tokens;

/**
 * The district office signs its consolidated report: on the consolidation page it uploads the signed PDF with the
 * confirmation ticked and sees signer, time and integrity; a file changed after signing is refused with the reason; the
 * province finds the signed file on the town's report to its campaign. Leaves a picture of the panel in
 * {@code target/screenshots/signed-panel.png} (the README's).
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SignedPdfJourneyTest {

    static final String SIGNER = "Nguyễn Văn Ký";

    Browser browser;

    @Test
    void theTownUploadsItsSignedReportAndTheProvinceFindsIt() throws Exception {
        long campaign = Scenario.bimSonChain();
        long parent = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SIGNER);
        Path dir = Files.createTempDirectory("ky-so");
        Path good = Files.write(dir.resolve("bao-cao-da-ky.pdf"), signed);
        byte[] changed = Arrays.copyOf(signed, signed.length);
        changed[TestSigning.indexOf(signed, "(Bao cao tong hop)") + 1] = 'C';
        Path tampered = Files.write(dir.resolve("bao-cao-da-sua.pdf"), changed);

        browser.loginAs("vp.bimson").open("/lang/vi").open("/campaigns/" + campaign + "/rollup");
        assertTrue(browser.shows("signed-none"));
        browser.field("signed-file").sendKeys(good.toString());
        browser.check("signed-confirm", true);
        browser.clickCss("#signed-upload");
        browser.waitForText("signed-notice", "Đã nhận bản ký số của " + SIGNER + ": chữ ký hợp lệ, tệp nguyên vẹn.");
        assertEquals(SIGNER, browser.text("signed-signer"));
        assertTrue(browser.text("signed-intact").contains("Nguyên vẹn"), browser.text("signed-intact"));
        assertTrue(browser.text("signed-at").matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"), browser.text("signed-at"));
        picture("signed-panel.png");

        browser.field("signed-file").sendKeys(tampered.toString());
        browser.check("signed-confirm", true);
        browser.clickCss("#signed-upload");
        browser.waitForText("signed-error",
                "Tệp đã bị thay đổi sau khi ký: nội dung không khớp với chữ ký số. Hãy tải lên đúng bản đã ký.");
        assertEquals(SIGNER, browser.text("signed-signer"), "the signed file kept is the good one");

        browser.logout().loginAs("snv.thanhhoa").open("/campaigns/" + parent + "/submissions/381");
        assertTrue(browser.text("signed-upward-signer").contains(SIGNER), browser.text("signed-upward-signer"));
        assertEquals("/campaigns/" + campaign + "/signed",
                browser.driver().findElement(By.id("signed-upward-download")).getDomAttribute("href"));
    }

    private void picture(String name) throws Exception {
        WebElement panel = browser.driver().findElement(By.id("signed"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", panel);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.screenshot());
    }
}
