package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import vn.tonghop.support.PageSession;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * The builder's unsaved draft, previewed as a commune will fill it and printed blank, before it is saved: the same page
 * and files as for a saved version, from the builder's draft or the YAML tab, nothing stored, and a wrong draft refused
 * with the YAML tab's positioned errors.
 */
@PortalTest
class DraftPreviewTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String PREVIEW = "/templates/builder/draft/preview";
    static final String CODE = "nhap-xem-truoc";

    /** A draft as template-builder.js posts it: a text section, a table section, a units table with a ratio. */
    static final String DRAFT = """
            {"code":"nhap-xem-truoc","title":"Báo cáo thử chưa lưu","reportType":"chuyen-de",
             "sections":[{"code":"ket-qua","title":"Kết quả thực hiện nháp","level":1,"optional":false},
                         {"code":"so-lieu","title":"Số liệu hồ sơ nháp","level":1,"optional":false,"table":"phu-luc-1"}],
             "tables":[{"code":"phu-luc-1","title":"Phụ lục số liệu nháp","rowsKind":"units","columns":[
                 {"code":"ho_so_nhan","title":"Số hồ sơ nhận nháp","groups":["Nhóm hồ sơ nháp"],"type":"integer","required":false},
                 {"code":"da_giai_quyet","title":"Đã giải quyết nháp","groups":["Nhóm hồ sơ nháp"],"type":"integer","required":false},
                 {"code":"ty_le","title":"Tỷ lệ giải quyết nháp","groups":[],"type":"percent","unit":"%","required":false,
                  "formula":"ho_so_nhan == 0 ? null : da_giai_quyet * 100 / ho_so_nhan"}]}]}
            """;

    static PageSession author() {
        return PageSession.login("vp.bimson");
    }

    @Test
    void theBuildersDraftOpensAsTheFillFormWithItsSectionsAndColumnsAndNothingIsStored() {
        PageSession author = author();
        Response r = author.withToken().contentType(FORM).formParam("draft", DRAFT).post(PREVIEW);
        assertEquals(200, r.statusCode(), r.asString());
        Document page = Jsoup.parse(r.asString());
        assertNotNull(page.selectFirst("#preview-note #draft-note"), "the page says it shows an unsaved draft");
        assertEquals("Báo cáo thử chưa lưu", page.selectFirst("#campaign-title").text());
        String text = page.text();
        for (String shown : List.of("Kết quả thực hiện nháp", "Số liệu hồ sơ nháp", "Phụ lục số liệu nháp",
                "Nhóm hồ sơ nháp", "Số hồ sơ nhận nháp", "Đã giải quyết nháp", "Tỷ lệ giải quyết nháp")) {
            assertTrue(text.contains(shown), shown + " in " + text);
        }
        assertNotNull(page.selectFirst("#cell-phu-luc-1-preview-ho_so_nhan"), "the commune's row to type in");
        assertEquals(PREVIEW + "/form/autosave", page.selectFirst("#submission-form").attr("hx-post"));
        assertTrue(page.selectFirst("#preview-yaml").val().contains("code: nhap-xem-truoc"),
                "the page posts the draft again with each check");
        assertNotNull(page.selectFirst("#submission-form input[name=csrf-token]"));
        Tokens.as("vp.bimson").get("/api/templates/" + CODE).then().statusCode(404);
    }

    @Test
    void theDraftsPreviewComputesAndChecksAsTheRealFormDoes() {
        PageSession author = author();
        String yaml = Jsoup
                .parse(author.withToken().contentType(FORM).formParam("draft", DRAFT).post(PREVIEW).asString())
                .selectFirst("#preview-yaml").val();
        String calc = author.withHeader().contentType(FORM).formParam("yaml", yaml).formParam("table.phu-luc-1", "1")
                .formParam("cell.phu-luc-1.preview.ho_so_nhan", "40")
                .formParam("cell.phu-luc-1.preview.da_giai_quyet", "10").post(PREVIEW + "/form/calc").then()
                .statusCode(200).extract().asString();
        assertTrue(calc.contains("<output id=\"cell-phu-luc-1-preview-ty_le\" hx-swap-oob=\"innerHTML\">25"), calc);
        String checked = author.withToken().contentType(FORM).formParam("yaml", yaml)
                .formParam("cell.phu-luc-1.preview.ho_so_nhan", "mười").post(PREVIEW + "/form").then().statusCode(200)
                .extract().asString();
        assertTrue(checked.contains("&#39;mười&#39; không phải là số nguyên"), checked);
        assertTrue(Jsoup.parse(checked).selectFirst("#preview-yaml").val().contains("code: nhap-xem-truoc"));
    }

    @Test
    void theYamlTabsTextPreviewsToo() throws IOException {
        String yaml = Files.readString(Path.of("templates-outline/mot-cua-2017-q1.yaml"));
        String body = author().withToken().contentType(FORM).formParam("yaml", yaml).post(PREVIEW).then()
                .statusCode(200).extract().asString();
        assertTrue(body.contains("id=\"cell-phu-luc-2-preview-ho_so_nhan\""), body);
    }

    @Test
    void theBlankWordAndExcelOfTheDraftHoldItsSectionsAndColumns() throws IOException {
        PageSession author = author();
        Response docx = author.withToken().contentType(FORM).formParam("draft", DRAFT)
                .post("/templates/builder/draft/blank.docx");
        assertEquals(200, docx.statusCode(), docx.asString());
        assertTrue(docx.header("Content-Disposition").contains("nhap-xem-truoc.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            for (String shown : List.of("Kết quả thực hiện nháp", "PHỤ LỤC SỐ LIỆU NHÁP", "Số hồ sơ nhận nháp",
                    "Tỷ lệ giải quyết nháp")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
        }
        Response xlsx = author.withToken().contentType(FORM).formParam("draft", DRAFT)
                .post("/templates/builder/draft/blank.xlsx");
        assertEquals(200, xlsx.statusCode(), xlsx.asString());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    cells.add(c.toString());
                }
            }
            for (String column : List.of("Nhóm hồ sơ nháp", "Số hồ sơ nhận nháp", "Đã giải quyết nháp",
                    "Tỷ lệ giải quyết nháp")) {
                assertTrue(cells.contains(column), column + " in " + cells);
            }
        }
        Tokens.as("vp.bimson").get("/api/templates/" + CODE).then().statusCode(404);
    }

    @Test
    void aWrongDraftIsRefusedWithTheYamlTabsVietnameseErrors() {
        PageSession author = author();
        String yaml = "code: nhap-sai\ntitle: Mẫu sai\nreportType: chuyen-de\nsections:\n  - code: a\n    title: A\n"
                + "    kind: khong-co\n";
        for (String path : List.of(PREVIEW, "/templates/builder/draft/blank.docx")) {
            Response r = author.withToken().contentType(FORM).accept("text/html").formParam("yaml", yaml).post(path);
            assertEquals(422, r.statusCode(), path + ": " + r.asString());
            Document page = Jsoup.parse(r.asString());
            String reasons = page.selectFirst("#error-reasons").text();
            assertTrue(reasons.contains("Bản nháp chưa hợp lệ"), reasons);
            assertTrue(reasons.matches("(?s).*Dòng \\d+.*"), "the error names its line: " + reasons);
        }
        Response empty = author.withToken().contentType(FORM).accept("text/html").formParam("draft", "").post(PREVIEW);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.asString().contains("Chưa có gì để xem trước"), empty.asString());
        Response broken = author.withToken().contentType(FORM).accept("text/html").formParam("draft", "{not json")
                .post("/templates/builder/draft/blank.xlsx");
        assertEquals(422, broken.statusCode());
        assertTrue(broken.asString().contains("Nội dung trình soạn không hợp lệ"), broken.asString());
    }

    @Test
    void whoMayNotWriteTemplatesCannotPreviewDraftsAndTheTokenIsRequired() {
        PageSession clerk = PageSession.login("badinh.cb");
        for (String path : List.of(PREVIEW, PREVIEW + "/form/calc", "/templates/builder/draft/blank.docx",
                "/templates/builder/draft/blank.xlsx")) {
            Response r = clerk.withToken().contentType(FORM).accept("text/html").formParam("draft", DRAFT).post(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.asString().contains("Số hồ sơ nhận nháp"), path);
        }
        PageSession author = author();
        author.token();
        Response forged = author.given().contentType(FORM).formParam("draft", DRAFT).post(PREVIEW);
        assertEquals(403, forged.statusCode(), "a post without the page's token is refused");
    }
}
