package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The consolidated report of Bỉm Sơn's Q1/2017 campaign as DOCX, XLSX, CSV and pages, read back. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RollupExportTest {

    /** The files stay under target/exports for a look (and for the LibreOffice check). */
    static void keep(String name, byte[] bytes) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "exports");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    static long consolidatedCampaign() {
        long campaign = Scenario.bimSonChain();
        RollupApiTest.allEightSubmit(campaign);
        RollupApiTest.townOwnRow(campaign);
        return campaign;
    }

    @Test
    void theXlsxHasTheGroupsTheTotalsAndNumbersAsNumbers() throws Exception {
        long campaign = consolidatedCampaign();
        byte[] file = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        keep("bao-cao-tong-hop.xlsx", file);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> labels = new ArrayList<>();
            Row communeTotal = null;
            for (Row row : sheet) {
                Cell label = row.getCell(1);
                String text = label == null ? "" : label.toString();
                labels.add(text);
                if (text.equals("Tổng")) {
                    communeTotal = row; // the last block total: the communes'
                }
            }
            assertTrue(labels.contains("CẤP HUYỆN (01)"), labels.toString());
            assertTrue(labels.contains("CẤP XÃ, PHƯỜNG (08)"), labels.toString());
            assertTrue(labels.contains("UBND phường Ba Đình"), labels.toString());
            assertTrue(labels.contains("Tổng cộng"), labels.toString());
            assertTrue(labels.stream().noneMatch(l -> l.contains("đơn vị)") || l.contains("Chưa nộp")),
                    "the official annex carries no working marks: " + labels);
            assertTrue(communeTotal != null, labels.toString());
            Cell received = communeTotal.getCell(4);
            assertEquals(CellType.NUMERIC, received.getCellType());
            assertEquals(108, received.getNumericCellValue(), 0.0001);
            Cell procedures = communeTotal.getCell(2);
            assertTrue(
                    procedures == null || procedures.getCellType() == CellType.BLANK || procedures.toString().isEmpty(),
                    "procedure counts stay blank on totals");
            assertTrue(sheet.getNumMergedRegions() > 0, "grouped headers are merged");
        }
    }

    @Test
    void theDocxFollowsTheOutlineAndCarriesTheAnnex() throws Exception {
        long campaign = consolidatedCampaign();
        byte[] file = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(200)
                .extract().asByteArray();
        keep("bao-cao-tong-hop.docx", file);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains("ỦY BAN NHÂN DÂN\nTHỊ XÃ BỈM SƠN"), text);
            assertTrue(text.contains("120/BC-UBND"), text);
            assertTrue(text.contains("I. Kết quả triển khai"), text);
            assertTrue(text.contains("Thực hiện Công văn số 496/SNV-CCHC ngày 21/4/2017 của "), text);
            assertTrue(text.contains(", UBND thị xã Bỉm Sơn báo cáo như sau:"), text);
            assertTrue(text.contains("Thị xã chỉ đạo sát sao."), text);
            // one synthesis per section, not each commune's text under its name
            assertTrue(text.contains("Trang thiết bị còn thiếu."), text);
            assertFalse(text.contains("UBND phường Ba Đình:"), text);
            assertTrue(text.contains("PHỤ LỤC II"), text);
            assertTrue(text.contains("(Kèm theo Báo cáo số 120/BC-UBND"), text);
            XWPFTable annex = doc.getTables().stream().filter(t -> t.getText().contains("CẤP XÃ, PHƯỜNG (08)"))
                    .findFirst().orElseThrow();
            XWPFTableRow total = annex.getRows().stream()
                    .filter(r -> r.getCell(1) != null && r.getCell(1).getText().equals("Tổng"))
                    .reduce((first, second) -> second).orElseThrow();
            assertTrue(annex.getText().contains("Tổng cộng"), annex.getText());
            assertTrue(!annex.getText().contains("đơn vị)") && !annex.getText().contains("Chưa nộp"), annex.getText());
            assertTrue(!text.contains("/2017 của)") && !text.contains("Số liệu chưa gồm"), text);
            assertEquals("108", total.getCell(4).getText());
            assertEquals("", total.getCell(2).getText());
        }
    }

    /** Five of eight communes report: the files keep the form's rows, blank where missing, named in a footnote. */
    @Test
    void aPartialConsolidationNamesTheMissingUnitsInAFootnoteOnly() throws Exception {
        long campaign = Scenario.bimSonChain();
        for (int i = 0; i < 5; i++) {
            String unit = Scenario.BIM_SON_COMMUNES.get(i);
            String reporter = RollupApiTest.REPORTERS.get(i);
            Scenario.fillAndSubmit(campaign, unit, reporter, i == 0 ? "badinh.ct" : reporter, 10 + i, 8, 1);
        }
        RollupApiTest.townOwnRow(campaign);
        byte[] docx = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            XWPFTable annex = doc.getTables().stream().filter(t -> t.getText().contains("CẤP XÃ, PHƯỜNG (08)"))
                    .findFirst().orElseThrow();
            assertTrue(annex.getText().contains("UBND xã Quang Trung"), "a missing unit keeps its row");
            assertTrue(!annex.getText().contains("Chưa nộp") && !annex.getText().contains("đơn vị)"), annex.getText());
            assertTrue(text.contains("Số liệu chưa gồm: "), text);
            assertTrue(text.contains("UBND xã Quang Trung."), text);
            assertTrue(!text.contains("Số liệu chưa gồm: UBND thị xã Bỉm Sơn"), "the town's own row is not missing");
        }
        byte[] xlsx = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> texts = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Số liệu chưa gồm: ") && t.contains("Quang Trung")),
                    texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.contains("Chưa nộp") || t.contains("đơn vị)")),
                    texts.toString());
        }
        // the working view on screen keeps its progress marks
        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .body(containsString("5/8 đơn vị"));
        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup/print").then().statusCode(200)
                .body(containsString("Số liệu chưa gồm: ")).body(not(containsString("5/8 đơn vị")));
    }

    @Test
    void csvPagesAndPrintViewShowTheSameRollup() {
        long campaign = consolidatedCampaign();
        String csv = new String(Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export/phu-luc-2.csv")
                .then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("UBND phường Ba Đình"), csv);
        assertTrue(csv.contains("108"), csv);

        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .body(containsString("CẤP XÃ, PHƯỜNG (08)")).body(containsString("8/8 đơn vị"))
                .body(containsString("id=\"completeness-chart\"")).body(containsString("Đã nộp 8/8 đơn vị (100%)"));
        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup/print").then().statusCode(200)
                .body(containsString("BÁO CÁO")).body(containsString("CẤP XÃ, PHƯỜNG (08)"))
                .body(containsString("(Kèm theo Báo cáo số 120/BC-UBND ngày … của UBND thị xã Bỉm Sơn)"))
                .body(not(containsString("đơn vị)"))).body(not(containsString("/2017 của)")))
                .body(not(containsString("id=\"completeness-chart\"")));
        Tokens.as("badinh.cb").get("/campaigns/" + campaign + "/rollup").then().statusCode(404);
        Tokens.as("quynhthien.cb").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(404);
        Tokens.as("ngoctrao.cb").get("/api/campaigns/" + campaign + "/export.xlsx").then().statusCode(404);
    }

    @Test
    void theIssuerEditsTheConsolidatedTextOnThePageAndItIsSanitised() {
        long campaign = consolidatedCampaign();
        long version = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then().extract()
                .jsonPath().getLong("version");
        Tokens.as("vp.bimson").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version)
                .formParam("section.de-xuat-kien-nghi", "<p>Đề nghị <b>tỉnh</b> hỗ trợ.</p><script>alert(1)</script>")
                .formParam("reportNumber", "121/BC-UBND").formParam("reportDate", "2017-04-26")
                .formParam("signerName", "Mai Đình Lâm").post("/campaigns/" + campaign + "/rollup/consolidated").then()
                .statusCode(303);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then()
                .body("sections.de-xuat-kien-nghi", org.hamcrest.Matchers.is("<p>Đề nghị <b>tỉnh</b> hỗ trợ.</p>"))
                .body("reportNumber", org.hamcrest.Matchers.is("121/BC-UBND"))
                .body("reportDate", org.hamcrest.Matchers.is("2017-04-26"));
        // a stale form is refused and keeps nothing of it
        Tokens.as("vp.bimson").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version).formParam("section.de-xuat-kien-nghi", "cũ")
                .post("/campaigns/" + campaign + "/rollup/consolidated").then().statusCode(409);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then()
                .body("sections.de-xuat-kien-nghi", org.hamcrest.Matchers.is("<p>Đề nghị <b>tỉnh</b> hỗ trợ.</p>"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("version", version))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(409);
    }
}
