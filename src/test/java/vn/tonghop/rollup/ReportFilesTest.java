package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Bỉm Sơn's consolidated report 120/BC-UBND for quý I/2017 as files and print view: names from the report's number, the
 * unit and the period; the XLSX title block; the print view's Decree 30 header block.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class ReportFilesTest {

    @Test
    void theFilesAreNamedFromTheReportsNumberTheUnitAndThePeriod() {
        long campaign = RollupExportTest.consolidatedCampaign();
        for (String kind : new String[] { "docx", "xlsx" }) {
            Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export." + kind).then().statusCode(200)
                    .header("Content-Disposition", containsString("filename=\"BC-120-UBND-Bim-Son-Q1-2017." + kind))
                    .header("Content-Disposition",
                            containsString("filename*=UTF-8''BC-120-UBND-B%E1%BB%89m-S%C6%A1n-Q1-2017." + kind));
        }
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export/phu-luc-2.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"BC-120-UBND-Bim-Son-Q1-2017-phu-luc-2.csv"));
    }

    @Test
    void theXlsxOpensWithTheAnnexTitleBlock() throws Exception {
        long campaign = RollupExportTest.consolidatedCampaign();
        byte[] file = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("PHỤ LỤC II", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("KẾT QUẢ"),
                    sheet.getRow(1).getCell(0).getStringCellValue());
            String note = sheet.getRow(2).getCell(0).getStringCellValue();
            assertTrue(note.startsWith("(Kèm theo Báo cáo số 120/BC-UBND ngày "), note);
            assertTrue(note.endsWith(" của UBND thị xã Bỉm Sơn)"), note);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertTrue(sheet.getRepeatingRows() != null && sheet.getRepeatingRows().getFirstRow() == 4);
        }
    }

    @Test
    void thePrintViewHasTheHeaderBlockAndTheOpening() {
        long campaign = RollupExportTest.consolidatedCampaign();
        Document page = Jsoup.parse(Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup/print").then()
                .statusCode(200).extract().asString());
        String head = page.getElementById("doc-head").text();
        assertTrue(head.contains("THỊ XÃ BỈM SƠN"), head);
        assertTrue(head.contains("Cộng hòa xã hội chủ nghĩa Việt Nam"), head);
        assertTrue(head.contains("Độc lập - Tự do - Hạnh phúc"), head);
        assertEquals("Số: 120/BC-UBND", page.getElementById("doc-number").text());
        assertTrue(page.getElementById("doc-place-date").text().startsWith("Bỉm Sơn, ngày"),
                page.getElementById("doc-place-date").text());
        assertTrue(page.getElementById("doc-opening").text().startsWith("Thực hiện Công văn số"),
                page.getElementById("doc-opening").text());
        assertTrue(page.text().contains("CẤP XÃ, PHƯỜNG (08)"));
    }
}
