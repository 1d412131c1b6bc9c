package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The harness itself: the real OIDC redirect, one identity per demo user, and downloads. */
@BrowserTest
class BrowserHarnessTest {

    Browser browser;

    @Test
    void aPageWithoutSessionGoesToTheProviderAndBack() {
        browser.open("/campaigns");
        String provider = ConfigProvider.getConfig().getValue("keycloak.url", String.class);
        assertTrue(browser.currentUrl().startsWith(provider), browser.currentUrl());
        assertTrue(browser.currentUrl().contains("redirect_uri="), browser.currentUrl());

        browser.signInAtProvider("badinh.cb").waitForPath("/campaigns").waitForText("Báo cáo cần nộp");
        assertTrue(browser.driver().manage().getCookies().stream().anyMatch(c -> c.getName().startsWith("q_session")),
                "the portal keeps the login in its session cookie");
    }

    @Test
    void eachDemoUserLogsInWithItsOwnRights() {
        browser.loginAs("badinh.cb").open("/campaigns").waitForText("Yêu cầu báo cáo đã ban hành");
        assertFalse(browser.text().contains("Tạo yêu cầu báo cáo"), "a ward's reporter issues no request");
        assertFalse(browser.text().contains("vp.bimson"), browser.text());
    }

    @Test
    void downloadsLandInTheBrowsersFolder() throws Exception {
        browser.loginAs("vp.bimson").open("/units").waitForText("Tải về Excel");
        Path file = browser.download("Tải về Excel");
        assertTrue(file.getFileName().toString().endsWith(".xlsx"), file.toString());
        boolean found = false;
        try (InputStream in = Files.newInputStream(file);
                Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        found |= cell.toString().equals("UBND phường Ba Đình");
                    }
                }
            }
        }
        assertTrue(found, "the exported tree lists the wards of Bỉm Sơn");
    }
}
