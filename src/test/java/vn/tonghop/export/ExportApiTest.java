package vn.tonghop.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.sheet.XlsxWriter;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Tokens;

/** The letter 675/UBND-VP of April 2017 as the portal prints it, and the blank forms of a template. */
@PortalTest
@PortalTime("2017-04-24T01:00:00Z")
class ExportApiTest {

    /** Bỉm Sơn's wards and communes but Ngọc Trạo (14797), which stays out of the request. */
    static final List<String> SEVEN_COMMUNES = List.of("14794", "14800", "14803", "14806", "14809", "14812", "14815");

    static XWPFDocument docx(Response r) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(r.asByteArray()));
    }

    static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The province asks (496/SNV-CCHC, due 26/4), the town relays to seven communes with 675/UBND-VP (due 25/4). */
    static long relayedLetter() {
        Map<String, Object> provincial = new HashMap<>();
        provincial.put("templateCode", "mot-cua-2017-q1");
        provincial.put("issuerUnitCode", "38-SNV");
        provincial.put("title",
                "Báo cáo tình hình triển khai thực hiện cơ chế một cửa, cơ chế một cửa liên thông quý I/2017");
        provincial.put("subject", "V/v giao báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông");
        provincial.put("letterNumber", "496/SNV-CCHC");
        provincial.put("letterDate", "2017-04-21");
        provincial.put("urgency", "URGENT");
        provincial.put("periodLabel", "Quý I/2017");
        provincial.put("deadline", "2017-04-26T17:00:00+07:00");
        provincial.put("recipientUnitCodes", List.of("381", "384"));
        long parent = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(provincial).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + parent + "/publish").then().statusCode(200);
        Map<String, Object> relay = Map.of("issuerUnitCode", "381", "deadline", "2017-04-25T17:00:00+07:00",
                "recipientUnitCodes", SEVEN_COMMUNES, "letterNumber", "675/UBND-VP", "letterDate", "2017-04-24",
                "subject", "V/v báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông", "signerName",
                "Mai Đình Lâm", "signerTitle", "Phó Chủ tịch");
        return Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay)
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theTownGetsItsRelayedLetterReadyToPrint() throws IOException {
        long id = relayedLetter();
        Response r = Tokens.as("vp.bimson").get("/api/campaigns/" + id + "/letter.docx");
        r.then().statusCode(200).contentType(DocxWriter.CONTENT_TYPE).header("Content-Disposition",
                is("attachment; filename=\"Cong-van-675-UBND-VP.docx\"; "
                        + "filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20675-UBND-VP.docx"));
        try (XWPFDocument doc = docx(r)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("ỦY BAN NHÂN DÂN\nTHỊ XÃ BỈM SƠN", header.getRow(0).getCell(0).getText());
            assertTrue(header.getRow(0).getCell(1).getText().contains("Độc lập - Tự do - Hạnh phúc"));
            String left = header.getRow(1).getCell(0).getText();
            assertTrue(left.contains("Số: 675/UBND-VP"), left);
            assertTrue(left.contains("V/v báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông"));
            assertTrue(left.contains("KHẨN"), "the province's urgency carries over: " + left);
            assertEquals("Bỉm Sơn, ngày 24 tháng 4 năm 2017", header.getRow(1).getCell(1).getText());

            List<String> texts = texts(doc);
            assertTrue(texts.contains("Kính gửi: UBND các xã, phường."), texts.toString());
            assertTrue(texts.contains("Thực hiện Công văn số 496/SNV-CCHC ngày 21/4/2017 của Sở Nội vụ tỉnh Thanh Hóa"
                    + " về việc giao báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông,"
                    + " hạn báo cáo trước ngày 26/4/2017;"), texts.toString());
            String request = texts.stream().filter(t -> t.startsWith("UBND thị xã Bỉm Sơn đề nghị")).findFirst()
                    .orElseThrow();
            assertTrue(request.contains("đề nghị UBND các xã, phường báo cáo tình hình triển khai thực hiện"), request);
            assertTrue(request.contains("kỳ báo cáo: Quý I/2017, từ ngày 1/1/2017 đến ngày 31/3/2017"), request);
            assertTrue(request.contains("trước 17 giờ 00 ngày 25/4/2017"), request);

            String foot = text(doc.getTables().get(1).getRow(0).getCell(0));
            assertTrue(foot.startsWith("Nơi nhận:\n- Như trên;\n- Lưu: VT."), foot);
            String signer = text(doc.getTables().get(1).getRow(0).getCell(1)).strip();
            assertTrue(signer.startsWith("PHÓ CHỦ TỊCH\n") && signer.endsWith("\nMai Đình Lâm"), signer);

            int outline = texts.indexOf("ĐỀ CƯƠNG");
            assertTrue(outline > 0);
            assertEquals("Báo cáo tình hình triển khai thực hiện cơ chế một cửa, cơ chế một cửa liên thông quý I/2017",
                    texts.get(outline + 1));
            assertEquals("(Kèm theo Công văn số 675/UBND-VP ngày 24/4/2017 của UBND thị xã Bỉm Sơn)",
                    texts.get(outline + 2));
            assertTrue(texts.contains("I. Kết quả triển khai"));
            assertTrue(texts.contains("1. Số lượng các cơ quan, đơn vị thực hiện cơ chế một cửa, một cửa liên thông"));
            XWPFParagraph guidance = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("- Cơ quan sở, ngành/huyện:")).findFirst().orElseThrow();
            assertTrue(guidance.getRuns().get(0).isItalic());
            assertTrue(texts.contains("III. Đề xuất, kiến nghị"));

            assertTrue(texts.contains("PHỤ LỤC II"));
            var annexSection = doc.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.LANDSCAPE, annexSection.getPgSz().getOrient());
            XWPFTable annex = doc.getTables().get(2);
            assertTrue(annex.getRow(0).isRepeatHeader());
            assertEquals("Cấp huyện", annex.getRow(2).getCell(1).getText());
        }
    }

    @Test
    void recipientsMayReadTheLetterButNotOtherTenantsOrUnitsLeftOut() {
        long id = relayedLetter();
        Tokens.as("badinh.cb").get("/api/campaigns/" + id + "/letter.docx").then().statusCode(200);
        Tokens.as("ngoctrao.cb").get("/api/campaigns/" + id + "/letter.docx").then().statusCode(404)
                .contentType(ContentType.JSON).body("messages[0]", containsString(String.valueOf(id)));
        Tokens.as("quynhthien.cb").get("/api/campaigns/" + id + "/letter.docx").then().statusCode(404);
        Tokens.as("quynhthien.cb").get("/campaigns/" + id + "/letter.docx").then().statusCode(404);
        Tokens.as("vp.bimson").get("/campaigns/" + id + "/letter.docx").then().statusCode(200)
                .contentType(DocxWriter.CONTENT_TYPE);
        Tokens.as("vp.bimson").get("/api/campaigns/" + id).then().statusCode(200).body("id", is((int) id));
        io.restassured.RestAssured.given().get("/api/campaigns/" + id + "/letter.docx").then().statusCode(401);
    }

    @Test
    void aLetterWrittenFromScratchUsesWhatTheIssuerTyped() throws IOException {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "bo-phan-mot-cua-2024");
        body.put("issuerUnitCode", "381");
        body.put("title", "Báo cáo tình hình tổ chức Bộ phận Một cửa các cấp");
        body.put("letterNumber", "/UBND-VP");
        body.put("periodLabel", "Quý I/2017");
        body.put("deadline", "2017-04-28T10:30:00+07:00");
        body.put("addressees", "Văn phòng HĐND&UBND thị xã;\nUBND các xã, phường.");
        body.put("distribution", "- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND thị xã;\n- Lưu: VT, VP.");
        body.put("signerCapacity", "TM. Ủy ban nhân dân");
        body.put("signerTitle", "KT. Chủ tịch\nPhó Chủ tịch");
        body.put("signerName", "Nguyễn Anh Văn");
        body.put("recipientUnitCodes", List.of("14794", "381-MC"));
        long id = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        try (XWPFDocument doc = docx(Tokens.as("vp.bimson").get("/api/campaigns/" + id + "/letter.docx"))) {
            String left = doc.getTables().get(0).getRow(1).getCell(0).getText();
            assertTrue(left.startsWith("Số:          /UBND-VP"), left);
            assertTrue(left.contains("V/v báo cáo tình hình tổ chức Bộ phận Một cửa các cấp"), left);
            assertTrue(!left.contains("KHẨN"));
            List<String> texts = texts(doc);
            assertTrue(
                    texts.containsAll(List.of("Kính gửi:", "- Văn phòng HĐND&UBND thị xã;", "- UBND các xã, phường.")),
                    texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.startsWith("Thực hiện")));
            assertTrue(texts.stream().anyMatch(t -> t.contains("trước 10 giờ 30 ngày 28/4/2017")));
            assertTrue(texts.contains("Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./."));
            String foot = text(doc.getTables().get(1).getRow(0).getCell(0));
            assertEquals("Nơi nhận:\n- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND thị xã;\n- Lưu: VT, VP.", foot);
            String signer = text(doc.getTables().get(1).getRow(0).getCell(1)).strip();
            assertTrue(signer.startsWith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), signer);
            assertTrue(texts.contains("1. Tình hình, kết quả tiếp nhận, giải quyết thủ tục hành chính"));
            assertTrue(texts.contains("a) Tình hình thực hiện"));
            assertTrue(texts.contains("PHỤ LỤC"));
        }
    }

    @Test
    void blankOutlineAndTablesOfATemplateForThoseWhoPrint() throws IOException {
        Response docx = Tokens.as("badinh.cb").get("/api/templates/mot-cua-2017-q1/blank.docx");
        docx.then().statusCode(200).contentType(DocxWriter.CONTENT_TYPE).header("Content-Disposition",
                containsString("filename=\"De-cuong-mot-cua-2017-q1.docx\""));
        try (XWPFDocument doc = docx(docx)) {
            List<String> texts = texts(doc);
            assertEquals("ĐỀ CƯƠNG", texts.get(0));
            assertEquals("(Kèm theo Công văn 675/UBND-VP ngày 24/4/2017 của UBND thị xã Bỉm Sơn)", texts.get(2));
            assertTrue(texts.contains("2. Những tồn tại, hạn chế và nguyên nhân"));
            assertTrue(doc.getTables().get(0).getRow(1).isRepeatHeader());
            assertNull(doc.getDocument().getBody().getSectPr().getPgSz().getOrient() == STPageOrientation.PORTRAIT
                    ? "portrait"
                    : null);
        }

        Response xlsx = Tokens.as("vp.hoangmai").get("/api/templates/bo-phan-mot-cua-2024/blank.xlsx");
        xlsx.then().statusCode(200).contentType(XlsxWriter.CONTENT_TYPE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet staff = wb.getSheet("Phụ lục");
            assertEquals("CẤP TỈNH", staff.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Số lượng công chức, viên chức làm việc tại BPMC",
                    staff.getRow(2).getCell(2).getStringCellValue());
            assertTrue(staff.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 2 && m.getLastRow() == 2
                    && m.getFirstColumn() == 2 && m.getLastColumn() == 4), "the group spans its three columns");
            assertTrue(staff.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 2 && m.getLastRow() == 3
                    && m.getFirstColumn() == 5 && m.getLastColumn() == 5), "Ghi chú spans both header rows");
            XSSFSheet stats = wb.getSheetAt(0);
            assertEquals("Tại cấp tỉnh", stats.getRow(5).getCell(1).getStringCellValue());
            assertTrue(stats.getRow(5).getCell(1).getCellStyle().getFont().getBold(), "a parent row is a heading");
            assertEquals("Trực tiếp", stats.getRow(6).getCell(1).getStringCellValue());
        }

        Tokens.as("vp.bimson").get("/templates/mot-cua-2017-q1/blank.xlsx").then().statusCode(200)
                .contentType(XlsxWriter.CONTENT_TYPE);
        Tokens.as("vp.bimson").get("/api/templates/khong-co/blank.docx").then().statusCode(404).body("messages[0]",
                containsString("khong-co"));
        Tokens.as("vp.bimson").get("/api/templates/mot-cua-2017-q1").then().statusCode(200).body("code",
                is("mot-cua-2017-q1"));
    }
}
