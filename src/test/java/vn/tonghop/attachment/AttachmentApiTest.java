package vn.tonghop.attachment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The signed letter and the drafts travel with the request; a commune attaches its signed, scanned report. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class AttachmentApiTest {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Sends file names as browsers do: UTF-8 in the part header. */
    static final RestAssuredConfig UTF8_MULTIPART = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj <<>> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A "DOCX" whose document part unpacks to 60 MB of zeros from about 60 KB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    static RequestSpecification upload(String user, String fileName, byte[] bytes, String type, String label) {
        return Tokens.as(user).config(UTF8_MULTIPART).contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", fileName, bytes, type).multiPart(new MultiPartSpecBuilder(label).controlName("label")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
    }

    static long bimSonRequest(List<String> recipients) {
        return Scenario.createAndPublish("vp.bimson", Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", recipients));
    }

    @Test
    void theIssuerAttachesTheSignedLetterAndADraftAndRecipientsDownloadThemByteForByte() throws IOException {
        long campaign = bimSonRequest(List.of("14794", "14797"));
        String path = "/api/campaigns/" + campaign + "/attachments";
        byte[] letter = pdf("675/UBND-VP");
        byte[] draft = docx("Dự thảo báo cáo quý I/2017");

        long letterId = upload("vp.bimson", "675-UBND-VP.pdf", letter, "application/pdf", "Công văn đã ký").post(path)
                .then().statusCode(201).body("label", is("Công văn đã ký")).body("fileName", is("675-UBND-VP.pdf"))
                .body("contentType", is("application/pdf")).body("size", is(letter.length))
                .body("sha256", is(AttachmentService.sha256(letter))).body("uploadedBy", is("vp.bimson")).extract()
                .jsonPath().getLong("id");
        // The browser's content type is not trusted: the content decides.
        long draftId = upload("vp.bimson", "Dự thảo báo cáo.docx", draft, "application/octet-stream",
                "Dự thảo xin ý kiến").post(path).then().statusCode(201).body("contentType", is(DOCX_TYPE))
                        .body("fileName", is("Dự thảo báo cáo.docx")).extract().jsonPath().getLong("id");

        Tokens.as("badinh.cb").get(path).then().statusCode(200).body("", hasSize(2))
                .body("label", hasItems("Công văn đã ký", "Dự thảo xin ý kiến")).body("canDelete", hasItems(false));
        Response got = Tokens.as("ngoctrao.cb").get("/api/attachments/" + letterId);
        got.then().statusCode(200).contentType("application/pdf").header("Content-Disposition",
                containsString("675-UBND-VP.pdf"));
        assertArrayEquals(letter, got.asByteArray());
        Response gotDraft = Tokens.as("badinh.cb").get("/api/attachments/" + draftId);
        gotDraft.then().statusCode(200).header("Content-Disposition",
                containsString("filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o"));
        assertArrayEquals(draft, gotDraft.asByteArray());
    }

    @Test
    void onlyTheIssuerAttachesToACampaignAndDeletesWhileItIsOpen() {
        long campaign = bimSonRequest(List.of("14794"));
        String path = "/api/campaigns/" + campaign + "/attachments";
        upload("badinh.cb", "gop-y.pdf", pdf("góp ý"), "application/pdf", "Góp ý").post(path).then().statusCode(403)
                .body("messages[0]", containsString("Chỉ đơn vị ban hành"));
        long id = upload("vp.bimson", "cv.pdf", pdf("cv"), "application/pdf", "Công văn đã ký").post(path).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("badinh.cb").delete("/api/attachments/" + id).then().statusCode(403);
        Tokens.as("vp.bimson").delete("/api/attachments/" + id).then().statusCode(204);
        Tokens.as("vp.bimson").get("/api/attachments/" + id).then().statusCode(404);
        Tokens.as("vp.bimson").get(path).then().body("", hasSize(0));

        Tokens.as("vp.bimson").post("/api/campaigns/" + campaign + "/close").then().statusCode(200);
        upload("vp.bimson", "cv.pdf", pdf("cv"), "application/pdf", "Công văn đã ký").post(path).then().statusCode(409)
                .body("messages[0]", containsString("đã đóng"));
    }

    @Test
    void anotherTenantAndAnUnrelatedCommuneSeeNothing() {
        long campaign = bimSonRequest(List.of("14794"));
        String path = "/api/campaigns/" + campaign + "/attachments";
        long id = upload("vp.bimson", "cv.pdf", pdf("cv"), "application/pdf", "Công văn đã ký").post(path).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        for (String outsider : List.of("ngoctrao.cb", "vp.hoangmai", "quynhthien.cb")) {
            Tokens.as(outsider).get(path).then().statusCode(404);
            Tokens.as(outsider).get("/api/attachments/" + id).then().statusCode(404);
            Tokens.as(outsider).delete("/api/attachments/" + id).then().statusCode(404);
        }
        Tokens.as("vp.hoangmai").get("/attachments/" + id).then().statusCode(404);
        upload("vp.hoangmai", "cv.pdf", pdf("cv"), "application/pdf", "x").post(path).then().statusCode(404);
        Tokens.as("badinh.cb").get("/api/attachments/" + id).then().statusCode(200);
    }

    @Test
    void hostileAndUnwantedFilesAreRefusedWithAMessage() throws IOException {
        long campaign = bimSonRequest(List.of("14794"));
        String path = "/api/campaigns/" + campaign + "/attachments";
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("vp.bimson", "cong-van.pdf", exe, "application/pdf", "Công văn đã ký").post(path).then().statusCode(422)
                .body("messages[0]", containsString("'cong-van.pdf' không phải là PDF, DOCX hay XLSX"));

        byte[] big = Arrays.copyOf(pdf("big"), 10 * 1024 * 1024 + 1);
        upload("vp.bimson", "lon.pdf", big, "application/pdf", "Công văn đã ký").post(path).then().statusCode(413)
                .body("messages[0]", containsString("lớn quá 10 MB"));

        upload("vp.bimson", "bom.docx", zipBomb(), DOCX_TYPE, "Dự thảo").post(path).then().statusCode(422)
                .body("messages[0]", containsString("bom nén"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("xin chào".getBytes(StandardCharsets.UTF_8));
        }
        upload("vp.bimson", "tai-lieu.docx", zip.toByteArray(), DOCX_TYPE, "Dự thảo").post(path).then().statusCode(422)
                .body("messages[0]", containsString("không phải là PDF, DOCX hay XLSX"));
        upload("vp.bimson", "cv.pdf", pdf("cv"), "application/pdf", "  ").post(path).then().statusCode(422)
                .body("messages[0]", containsString("Cần ghi loại tài liệu"));
        Tokens.as("vp.bimson").cookie("lang", "en").header("Accept-Language", "en").multiPart("file", "a.pdf", exe)
                .multiPart("label", "Letter").post(path).then().statusCode(422)
                .body("messages[0]", containsString("is not a PDF, DOCX or XLSX file"));
        Tokens.as("vp.bimson").get(path).then().body("", hasSize(0));
    }

    @Test
    void fileNamesAreCleanedAndTheExtensionFollowsTheContent() {
        long campaign = bimSonRequest(List.of("14794"));
        String path = "/api/campaigns/" + campaign + "/attachments";
        upload("vp.bimson", "..\\..\\C:\\Windows\\<bao cao>\u0000.txt", pdf("x"), "application/pdf", "Khác").post(path)
                .then().statusCode(201).body("fileName", is("bao cao .pdf"));
        upload("vp.bimson", "...", pdf("x"), "application/pdf", "Khác").post(path).then().statusCode(201)
                .body("fileName", is("tep-dinh-kem.pdf"));
    }

    @Test
    void aCommuneAttachesItsSignedScanToItsOwnReport() {
        long campaign = bimSonRequest(List.of("14794", "14797"));
        String path = "/api/campaigns/" + campaign + "/submissions/14794/attachments";
        byte[] scan = pdf("bản quét có chữ ký");
        long id = upload("badinh.cb", "bao-cao-ky.pdf", scan, "application/pdf", "Báo cáo có chữ ký (bản quét)")
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
        upload("ngoctrao.cb", "x.pdf", pdf("x"), "application/pdf", "x").post(path).then().statusCode(404);
        upload("vp.bimson", "x.pdf", pdf("x"), "application/pdf", "x").post(path).then().statusCode(403);

        Tokens.as("badinh.ct").get(path).then().statusCode(200).body("fileName", is(List.of("bao-cao-ky.pdf")))
                .body("canDelete", is(List.of(true)));
        Tokens.as("vp.bimson").get(path).then().statusCode(200).body("canDelete", is(List.of(false)));
        assertArrayEquals(scan,
                Tokens.as("vp.bimson").get("/api/attachments/" + id).then().statusCode(200).extract().asByteArray());
        Tokens.as("ngoctrao.cb").get(path).then().statusCode(404);
        Tokens.as("ngoctrao.cb").get("/api/attachments/" + id).then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/api/attachments/" + id).then().statusCode(404);
    }

    @Test
    void theCampaignPageListsAttachmentsAndTheIssuerUploadsThroughTheForm() {
        long campaign = bimSonRequest(List.of("14794"));
        String page = "/campaigns/" + campaign;
        Tokens.as("vp.bimson").get(page).then().statusCode(200).body(containsString("Chưa có tài liệu đính kèm"))
                .body(containsString("id=\"attachment-form\""));

        Response posted = upload("vp.bimson", "Công văn 675.pdf", pdf("cv"), "application/pdf", "Công văn đã ký")
                .redirects().follow(false).post(page + "/attachments");
        posted.then().statusCode(303).header("Location", containsString(page + "#attachments"));
        String flash = posted.getCookie(AttachmentPanels.COOKIE);
        Tokens.as("vp.bimson").cookie(AttachmentPanels.COOKIE, flash).get(page).then().statusCode(200)
                .body(containsString("Đã tải lên tệp &#39;Công văn 675.pdf&#39;"))
                .body(containsString("Công văn 675.pdf</a>"));

        Response refused = upload("vp.bimson", "virus.pdf", "MZ".getBytes(StandardCharsets.US_ASCII), "application/pdf",
                "Công văn đã ký").redirects().follow(false).post(page + "/attachments");
        refused.then().statusCode(303);
        Tokens.as("vp.bimson").cookie(AttachmentPanels.COOKIE, refused.getCookie(AttachmentPanels.COOKIE)).get(page)
                .then().body(containsString("id=\"attachments-error\""))
                .body(containsString("không phải là PDF, DOCX hay XLSX"));

        String recipientView = Tokens.as("badinh.cb").get(page).then().statusCode(200).extract().asString();
        assertEquals(true, recipientView.contains("Công văn 675.pdf"));
        assertEquals(false, recipientView.contains("id=\"attachment-form\""));
        Tokens.as("badinh.cb").get(page).then().body(not(containsString("/delete\"")));
    }
}
