package vn.tonghop.browser;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The provincial Department of Home Affairs' journey (496/SNV-CCHC): with Bỉm Sơn's eight wards and communes in, Sở Nội
 * vụ reads the province's rollup, collapses and expands it, drills down to the town's consolidation and downloads its
 * Word report and Excel annexes.
 */
@BrowserTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class ProvincialViewerJourneyTest {

    static final List<String> REPORTERS = List.of("badinh.cb", "ngoctrao.cb", "bacson.cb", "phuson.cb", "dongson.cb",
            "lamson.cb", "halan.cb", "quangtrung.cb");

    static final List<String> COMMUNES = List.of("UBND phường Ba Đình", "UBND phường Ngọc Trạo", "UBND phường Bắc Sơn",
            "UBND phường Phú Sơn", "UBND phường Đông Sơn", "UBND phường Lam Sơn", "UBND xã Hà Lan",
            "UBND xã Quang Trung");
    static final String TABLE = "rollup-phu-luc-2";
    /** Columns of the Phụ lục II annex, on the page and in both files: STT, unit, then the template's columns. */
    static final int NAME = 1;
    static final int PROCEDURES = 2;
    static final int RECEIVED = 4;

    /** Bỉm Sơn's own report to the province, still a draft: not counted unless drafts are asked for. */
    static final List<String> BIM_SON_DRAFT_NOT_COUNTED = List.of("1", "UBND thị xã Bỉm Sơn", "", "", "", "", "", "",
            "", "Đang soạn");

    Browser browser;

    @Test
    void theProvinceReadsBimSonsCommunesAndDownloadsTheTownsReport() throws Exception {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        allEightSubmit(child);
        townOwnRow(child);
        // the town has started its own report to the province: a draft, counted only on request
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "tables",
                        Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10))))))
                .put("/api/campaigns/" + parent + "/submissions/381").then().statusCode(200);

        browser.loginAs("snv.thanhhoa").open("/lang/vi");
        browser.clickLink("Yêu cầu báo cáo").waitForPath("/campaigns");
        browser.clickCss("#issued a[href='/campaigns/" + parent + "']").waitForPath("/campaigns/" + parent);
        browser.clickCss("#open-rollup").waitForPath("/campaigns/" + parent + "/rollup");

        // the province: its three recipients, none submitted yet, and Bỉm Sơn's eight communes through its relay
        assertTrue(browser.text("completeness-label").startsWith("Đã nộp 0/3 đơn vị (0%)"),
                browser.text("completeness-label"));
        assertEquals("8/8 đơn vị", browser.rowOf("#completeness-units tr[data-unit='381'] td").get(4));
        List<List<String>> rows = browser.tableRows(TABLE);
        assertEquals(BIM_SON_DRAFT_NOT_COUNTED, rows.get(1));
        int town = rows.indexOf(List.of("I", "UBND thị xã Bỉm Sơn", "", "", "", "", "", "", "", ""));
        assertTrue(town > 0 && rows.get(town - 1).get(1).equals("CẤP XÃ, PHƯỜNG (08)"), rows.toString());
        for (int i = 0; i < 8; i++) {
            List<String> commune = rows.get(town + 1 + i);
            assertEquals(List.of(String.valueOf(i + 1), COMMUNES.get(i), "120", "5", String.valueOf(10 + i), "8", "1",
                    "88,89", "", "Đã nộp"), commune);
        }
        List<String> subtotal = rows.get(town + 9);
        assertEquals(List.of("", "Cộng (8/8 đơn vị)", "", "", "108", "64", "8", "88,89", "", ""), subtotal);
        assertEquals("Tổng (8/11 đơn vị)", rows.get(rows.size() - 1).get(1), rows.toString());

        // one row per district, and back
        assertEquals("Gộp theo huyện", browser.text("toggle-collapse"));
        browser.clickCss("#toggle-collapse").waitForPath("/campaigns/" + parent + "/rollup\\?.*collapse=true.*")
                .waitForText("toggle-collapse", "Hiện từng xã");
        rows = browser.tableRows(TABLE);
        town = rows.indexOf(List.of("I", "UBND thị xã Bỉm Sơn", "", "", "108", "64", "8", "88,89", "", "8/8"));
        assertTrue(town > 0, rows.toString());
        assertEquals("Tổng (8/8 đơn vị)", rows.get(town + 1).get(1), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> COMMUNES.contains(r.get(1))), rows.toString());
        browser.clickCss("#toggle-collapse").waitForPath("/campaigns/" + parent + "/rollup\\?.*collapse=false.*")
                .waitForText("toggle-collapse", "Gộp theo huyện");
        assertTrue(browser.tableRows(TABLE).stream().map(r -> r.get(1)).toList().containsAll(COMMUNES));

        browser.clickCss("#with-drafts").waitForPath("/campaigns/" + parent + "/rollup\\?drafts=true.*");
        rows = browser.tableRows(TABLE);
        assertEquals(List.of("1", "UBND thị xã Bỉm Sơn", "120", "5", "200", "190", "10", "95", "", "Đang soạn"),
                rows.get(1));
        assertEquals(List.of("", "Tổng (1/2 đơn vị)", "", "", "200", "190", "10", "95", "", ""), rows.get(3));
        assertEquals(List.of("", "Tổng (9/11 đơn vị)", "", "", "308", "254", "18", "93,38", "", ""),
                rows.get(rows.size() - 1));
        browser.clickCss("#submitted-only").waitForPath("/campaigns/" + parent + "/rollup\\?drafts=false.*");
        assertEquals(BIM_SON_DRAFT_NOT_COUNTED, browser.tableRows(TABLE).get(1));

        // drill down to the town's own consolidation: its own row, the eight communes, the totals
        browser.clickCss("#" + TABLE + " a[href='/campaigns/" + child + "/rollup']")
                .waitForPath("/campaigns/" + child + "/rollup");
        assertTrue(browser.text("completeness-label").startsWith("Đã nộp 8/8 đơn vị (100%) · Đúng hạn 8"),
                browser.text("completeness-label"));
        rows = browser.tableRows(TABLE);
        assertEquals(List.of("A", "CẤP HUYỆN (01)"), rows.get(0).subList(0, 2));
        assertEquals(List.of("1", "UBND thị xã Bỉm Sơn", "120", "5", "200", "190", "10", "95", "", "Đơn vị ban hành"),
                rows.get(1));
        assertEquals(List.of("", "Tổng (1/1 đơn vị)", "", "", "200", "190", "10", "95", "", ""), rows.get(2));
        assertEquals(List.of("B", "CẤP XÃ, PHƯỜNG (08)"), rows.get(3).subList(0, 2));
        assertEquals(COMMUNES, rows.subList(4, 12).stream().map(r -> r.get(1)).toList());
        assertEquals(List.of("", "Tổng (8/8 đơn vị)", "", "", "108", "64", "8", "88,89", "", ""), rows.get(12));
        assertEquals(List.of("", "Tổng (9/9 đơn vị)", "", "", "308", "254", "18", "93,38", "", ""), rows.get(13));
        assertEquals(14, rows.size(), rows.toString());

        Path xlsx = browser.download("Tải phụ lục (Excel)");
        assertTrue(xlsx.getFileName().toString().endsWith(".xlsx"), xlsx.toString());
        checkWorkbook(xlsx);
        Path docx = browser.download("Tải báo cáo tổng hợp (Word)");
        assertTrue(docx.getFileName().toString().endsWith(".docx"), docx.toString());
        checkDocument(docx);

        // the print view shows the same report, ready to print
        String print = browser.driver().findElement(By.id("print-view")).getDomAttribute("href");
        browser.open(print).waitForText("BÁO CÁO").waitForText("CẤP XÃ, PHƯỜNG (08)").waitForText("Tổng cộng");
        assertFalse(browser.text().contains("đơn vị)"), "the print view is the official annex, without coverage");
    }

    /** The XLSX annex: numbers as numbers, the two groups, totals summed, procedure counts blank on totals. */
    private static void checkWorkbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Row> byLabel = new HashMap<>();
            for (Row row : sheet) {
                Cell label = row.getCell(NAME);
                if (label != null && label.getCellType() == CellType.STRING) {
                    // the last block total ("Tổng" of the communes) wins over the district block's
                    if (label.getStringCellValue().equals("Tổng")) {
                        byLabel.put("Tổng", row);
                    }
                    byLabel.putIfAbsent(label.getStringCellValue(), row);
                }
            }
            for (String heading : List.of("CẤP HUYỆN (01)", "CẤP XÃ, PHƯỜNG (08)", "UBND thị xã Bỉm Sơn")) {
                assertTrue(byLabel.containsKey(heading), heading + " in " + byLabel.keySet());
            }
            assertTrue(byLabel.keySet().containsAll(COMMUNES), byLabel.keySet().toString());
            assertEquals(10, number(byLabel.get("UBND phường Ba Đình"), RECEIVED));
            assertEquals(120, number(byLabel.get("UBND phường Ba Đình"), PROCEDURES));
            assertEquals(17, number(byLabel.get("UBND xã Quang Trung"), RECEIVED));
            assertEquals(200, number(byLabel.get("UBND thị xã Bỉm Sơn"), RECEIVED));
            Row communes = byLabel.get("Tổng");
            Row grand = byLabel.get("Tổng cộng");
            assertTrue(communes != null && grand != null, byLabel.keySet().toString());
            assertEquals(108, number(communes, RECEIVED));
            assertEquals(308, number(grand, RECEIVED));
            for (Row total : List.of(communes, grand)) {
                Cell procedures = total.getCell(PROCEDURES);
                assertTrue(
                        procedures == null || procedures.getCellType() == CellType.BLANK
                                || procedures.toString().isEmpty(),
                        "procedure counts stay blank on total rows: " + procedures);
            }
        }
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "row " + (row.getRowNum() + 1) + ": " + cell);
        return cell.getNumericCellValue();
    }

    /** The DOCX: the report's title, the annex heading and the annex table with its groups and totals. */
    private static void checkDocument(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText().trim()).toList();
            assertTrue(paragraphs.contains("BÁO CÁO"), paragraphs.toString());
            assertTrue(paragraphs.contains("PHỤ LỤC II"), paragraphs.toString());
            XWPFTable annex = doc.getTables().stream().filter(t -> t.getText().contains("CẤP XÃ, PHƯỜNG (08)"))
                    .findFirst().orElseThrow(() -> new AssertionError("no annex table with the communes' group"));
            Map<String, List<String>> byLabel = new HashMap<>();
            for (XWPFTableRow row : annex.getRows()) {
                List<String> cells = row.getTableCells().stream().map(c -> c.getText().trim()).toList();
                if (cells.size() > NAME) {
                    if (cells.get(NAME).equals("Tổng")) {
                        byLabel.put("Tổng", cells);
                    }
                    byLabel.putIfAbsent(cells.get(NAME), cells);
                }
            }
            assertTrue(byLabel.keySet().containsAll(List.of("CẤP HUYỆN (01)", "CẤP XÃ, PHƯỜNG (08)")),
                    byLabel.keySet().toString());
            assertEquals("10", byLabel.get("UBND phường Ba Đình").get(RECEIVED));
            assertEquals("200", byLabel.get("UBND thị xã Bỉm Sơn").get(RECEIVED));
            assertEquals("108", byLabel.get("Tổng").get(RECEIVED));
            assertEquals("", byLabel.get("Tổng").get(PROCEDURES));
            assertEquals("308", byLabel.get("Tổng cộng").get(RECEIVED));
            assertEquals("", byLabel.get("Tổng cộng").get(PROCEDURES));
            String text = doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertFalse(text.contains("đơn vị)") || text.contains("Chưa nộp"), "official annex: " + text);
        }
    }

    /**
     * Commune i (0..7) received 10 + i dossiers: 8 on time and 1 late. The unit's approver signs where it has one (Ba
     * Đình's chair; another test gives Ngọc Trạo one), else its reporter.
     */
    static void allEightSubmit(long campaign) {
        for (int i = 0; i < 8; i++) {
            String unit = Scenario.BIM_SON_COMMUNES.get(i);
            String reporter = REPORTERS.get(i);
            boolean reporterSigns = Tokens.as(reporter).get("/api/campaigns/" + campaign + "/submissions/" + unit)
                    .then().statusCode(200).extract().jsonPath().getBoolean("canSubmit");
            Scenario.fillAndSubmit(campaign, unit, reporter, reporterSigns ? reporter : reporter.replace(".cb", ".ct"),
                    10 + i, 8, 1);
        }
    }

    /** The town's own figures in its consolidation: 200 received, 190 on time, 10 late. */
    static void townOwnRow(long campaign) {
        Map<String, Object> body = Map.of("version", 0, "reportNumber", "120/BC-UBND", "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10)))), "sections",
                Map.of("uu-diem", "<p>Thị xã chỉ đạo sát sao.</p>"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body)
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200)
                .body("reportNumber", is("120/BC-UBND"));
    }
}
