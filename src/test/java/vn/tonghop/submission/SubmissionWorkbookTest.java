package vn.tonghop.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Phường Ba Đình fills Phụ lục II offline in Excel and uploads it; bad and hostile files change nothing. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SubmissionWorkbookTest {

    static final String XLSX = SubmissionWorkbookResource.XLSX;
    static final String SHEET = "Phụ lục II";

    @Inject
    @io.quarkus.qute.Location("workbook/panel")
    io.quarkus.qute.Template panel;

    static String report(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    static byte[] download(String user, long campaign, String unit) {
        Response r = Tokens.as(user).get(report(campaign, unit) + "/tables.xlsx");
        r.then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString(".xlsx"));
        return r.asByteArray();
    }

    /** The workbook with some cells changed, as a user would save it from Excel. */
    static byte[] edit(byte[] workbook, Consumer<XSSFSheet> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheet(SHEET));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Cell cell(XSSFSheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        return sheet.getRow(r.getRow()).getCell(r.getCol(),
                org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    static RequestSpecification upload(String user, byte[] file) {
        return Tokens.as(user).multiPart("file", "phu-luc-ii.xlsx", file, XLSX);
    }

    static void fill(XSSFSheet s, int received, int onTime, int late) {
        cell(s, "C9").setCellValue(120);
        cell(s, "D9").setCellValue(5);
        cell(s, "E9").setCellValue(received);
        cell(s, "F9").setCellValue(onTime);
        cell(s, "G9").setCellValue(late);
        cell(s, "I9").setCellValue("Số liệu từ sổ theo dõi");
    }

    @Test
    void downloadFillInExcelUploadAndTheReportShowsTheValues() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = report(campaign, "14794");
        byte[] blank = download("badinh.cb", campaign, "14794");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            XSSFSheet s = wb.getSheet(SHEET);
            assertEquals("PHỤ LỤC II".toLowerCase(), s.getRow(0).getCell(0).getStringCellValue().toLowerCase());
            assertEquals("Tổng số hồ sơ đã nhận", cell(s, "E8").getStringCellValue());
            assertEquals("UBND phường Ba Đình", cell(s, "B9").getStringCellValue());
            assertTrue(s.getProtect());
            assertTrue(cell(s, "E8").getCellStyle().getLocked());
            assertFalse(cell(s, "E9").getCellStyle().getLocked());
            assertTrue(cell(s, "H9").getCellFormula().startsWith("IF("));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("_tonghop")));
        }

        byte[] filled = edit(blank, s -> {
            fill(s, 10, 0, 2);
            // A formula typed by the user counts with its cached result, never evaluated by the portal.
            Cell f = cell(s, "F9");
            f.setCellFormula("1+1");
            f.setCellValue(8);
        });
        upload("badinh.cb", filled).formParam("version", 0).post(path + "/tables.xlsx").then().statusCode(200)
                .body("version", is(1)).body("status", is("DRAFT"))
                .body("issues.findAll { it.table != null }", hasSize(0));
        Tokens.as("badinh.cb").get(path).then().statusCode(200)
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(8))
                .body("tables.phu-luc-2.rows[0].cells.ty_le_dung_han", is(80.0f))
                .body("tables.phu-luc-2.rows[0].cells.ghi_chu", is("Số liệu từ sổ theo dõi"));

        // The next download is prefilled with what was saved.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("badinh.cb", campaign, "14794")))) {
            assertEquals(10.0, cell(wb.getSheet(SHEET), "E9").getNumericCellValue());
            assertEquals(80.0, cell(wb.getSheet(SHEET), "H9").getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aWordInANumberCellIsRefusedNamingSheetAndCellAndNothingIsSaved() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = report(campaign, "14797");
        long version = Tokens.as("ngoctrao.cb").contentType(ContentType.JSON)
                .body(Scenario.filledReport(0, "14797", 10, 8, 2)).put(path).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        byte[] bad = edit(download("ngoctrao.cb", campaign, "14797"), s -> {
            cell(s, "E9").setCellValue("mười");
            cell(s, "F9").setCellValue(9);
            cell(s, "G9").setCellValue("hai");
        });
        upload("ngoctrao.cb", bad).post(path + "/tables.xlsx").then().statusCode(422)
                .body("messages", hasItem("Phụ lục II, ô E9: 'mười' không phải là số nguyên."))
                .body("messages", hasItem("Phụ lục II, ô G9: 'hai' không phải là số nguyên."))
                .body("messages[0]", containsString("2 lỗi nên chưa lưu gì")).body("issues[0].table", is("phu-luc-2"))
                .body("issues[0].row", is("14797")).body("issues[0].column", is("ho_so_nhan"));
        Tokens.as("ngoctrao.cb").cookie("lang", "en").multiPart("file", "x.xlsx", bad, XLSX).post(path + "/tables.xlsx")
                .then().statusCode(422).body("messages", hasItem("Phụ lục II, cell E9: 'mười' is not a whole number."));
        Tokens.as("ngoctrao.cb").get(path).then().body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(8));
    }

    @Test
    void aBrokenRuleIsSavedAsADraftWithItsIssueLikeTheForm() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = report(campaign, "14800");
        byte[] file = edit(download("bacson.cb", campaign, "14800"), s -> fill(s, 10, 8, 5));
        // The raw XLSX body, for scripts.
        Tokens.as("bacson.cb").contentType(XLSX).body(file).post(path + "/tables.xlsx?version=0").then().statusCode(200)
                .body("version", is(1)).body("issues.findAll { it.table != null }", hasSize(1))
                .body("issues.find { it.table != null }.severity", is("error"))
                .body("issues.find { it.table != null }.message", containsString("không được lớn hơn"));
    }

    @Test
    void aWorkbookOfAStaleVersionIsAConflict() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = report(campaign, "14803");
        byte[] downloaded = download("phuson.cb", campaign, "14803");
        Tokens.as("phuson.cb").contentType(ContentType.JSON).body(Scenario.filledReport(0, "14803", 10, 8, 2)).put(path)
                .then().statusCode(200);
        byte[] file = edit(downloaded, s -> fill(s, 20, 15, 5));
        upload("phuson.cb", file).post(path + "/tables.xlsx").then().statusCode(409).body("messages[0]",
                containsString("phuson.cb"));
        upload("phuson.cb", file).formParam("version", 0).post(path + "/tables.xlsx").then().statusCode(409);
        Tokens.as("phuson.cb").get(path).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));
        upload("phuson.cb", file).formParam("version", 1).post(path + "/tables.xlsx").then().statusCode(200)
                .body("version", is(2));
    }

    @Test
    void filesThatAreNotWorkbooksOrAreHostileAreRefused() throws IOException {
        long campaign = Scenario.bimSonChain();
        String target = report(campaign, "14806") + "/tables.xlsx";
        upload("dongson.cb", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).post(target).then()
                .statusCode(422).body("messages[0]", containsString("không phải là tệp Excel"));
        Tokens.as("dongson.cb").contentType(XLSX).body("ho_so_nhan;10\n".getBytes(StandardCharsets.UTF_8)).post(target)
                .then().statusCode(422).body("messages[0]", containsString("không phải là tệp Excel"));

        byte[] big = Arrays.copyOf(download("dongson.cb", campaign, "14806"), 5 * 1024 * 1024 + 1);
        upload("dongson.cb", big).post(target).then().statusCode(413).body("messages[0]",
                containsString("lớn quá 5 MB"));
        Tokens.as("dongson.cb").contentType(XLSX).body(big).post(target).then().statusCode(413);

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
        }
        upload("dongson.cb", bomb.toByteArray()).post(target).then().statusCode(422).body("messages[0]",
                containsString("bom nén"));

        try (XSSFWorkbook plain = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            plain.createSheet(SHEET).createRow(0).createCell(0).setCellValue("STT");
            plain.write(out);
            upload("dongson.cb", out.toByteArray()).post(target).then().statusCode(422).body("messages[0]",
                    containsString("không phải là mẫu tải từ Tổng hợp"));
        }
        Tokens.as("dongson.cb").get(report(campaign, "14806")).then().body("status", is("NOT_OPENED"));
    }

    @Test
    void externalLinksAreRefused() throws Exception {
        long campaign = Scenario.bimSonChain();
        byte[] file = download("lamson.cb", campaign, "14809");
        ByteArrayOutputStream linked = new ByteArrayOutputStream();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            PackagePart part = pkg.createPart(PackagingURIHelper.createPartName("/xl/externalLinks/externalLink1.xml"),
                    XSSFRelation.EXTERNAL_LINKS.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<externalBook/></externalLink>").getBytes(StandardCharsets.UTF_8));
            }
            pkg.save(linked);
        }
        upload("lamson.cb", linked.toByteArray()).post(report(campaign, "14809") + "/tables.xlsx").then()
                .statusCode(422).body("messages[0]", containsString("liên kết tới tệp khác"));
    }

    @Test
    void anotherUnitsWorkbookIsRefusedAndOutsidersCannotDownload() throws IOException {
        long campaign = Scenario.bimSonChain();
        byte[] ngocTrao = edit(download("ngoctrao.cb", campaign, "14797"), s -> fill(s, 10, 8, 2));
        upload("badinh.cb", ngocTrao).post(report(campaign, "14794") + "/tables.xlsx").then().statusCode(422)
                .body("messages[0]", containsString("mẫu của báo cáo khác"))
                .body("messages[0]", containsString("14797"));
        Tokens.as("badinh.cb").get(report(campaign, "14794")).then().body("status", is("NOT_OPENED"));

        Tokens.as("ngoctrao.cb").get(report(campaign, "14794") + "/tables.xlsx").then().statusCode(404);
        Tokens.as("vp.hoangmai").get(report(campaign, "14794") + "/tables.xlsx").then().statusCode(404);
        upload("ngoctrao.cb", ngocTrao).post(report(campaign, "14794") + "/tables.xlsx").then().statusCode(404);
        // The district reads its communes' reports, and may download them, but does not fill them.
        download("vp.bimson", campaign, "14794");
        upload("vp.bimson", ngocTrao).post(report(campaign, "14794") + "/tables.xlsx").then().statusCode(403);
    }

    @Test
    void theSubmissionPageDownloadsAndUploadsWithPostRedirectGet() throws IOException {
        long campaign = Scenario.bimSonChain();
        String page = "/campaigns/" + campaign + "/submissions/14812";
        Response r = Tokens.as("halan.cb").get(page + "/tables.xlsx");
        r.then().statusCode(200).contentType(XLSX);
        byte[] file = edit(r.asByteArray(), s -> fill(s, 12, 10, 2));
        upload("halan.cb", file).formParam("version", 0).redirects().follow(false).post(page + "/tables.xlsx").then()
                .statusCode(303).header("Location", containsString(page));
        Tokens.as("halan.cb").get(report(campaign, "14812")).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan",
                is(12));
        byte[] bad = edit(file, s -> cell(s, "E9").setCellValue("mười hai"));
        upload("halan.cb", bad).post(page + "/tables.xlsx").then().statusCode(422).contentType(ContentType.HTML)
                .body(containsString("Phụ lục II, ô E9: &#39;mười hai&#39; không phải là số nguyên."));
    }

    @Test
    void theFragmentForTheSubmissionPageLinksTheDownloadAndPostsTheUpload() {
        String html = panel.data("campaignId", 7).data("unitCode", "14794").data("version", 3).data("canEdit", true)
                .render();
        assertTrue(html.contains("href=\"/campaigns/7/submissions/14794/tables.xlsx\""), html);
        assertTrue(html.contains("action=\"/campaigns/7/submissions/14794/tables.xlsx\""), html);
        assertTrue(html.contains("name=\"version\" value=\"3\""), html);
        assertFalse(panel.data("campaignId", 7).data("unitCode", "14794").data("version", 3).data("canEdit", false)
                .render().contains("<form"));
    }
}
