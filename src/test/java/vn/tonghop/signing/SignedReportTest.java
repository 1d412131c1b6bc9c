package vn.tonghop.signing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.TestSigning;
import vn.tonghop.support.Tokens;

/**
 * The signed PDF of Bỉm Sơn's consolidated report: signed in the test with a throwaway certificate, uploaded, verified,
 * downloaded by the town and by the province it goes up to; unsigned, tampered and non-PDF files are refused.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SignedReportTest {

    static final String SIGNER = "Nguyễn Văn Ký";

    static ValidatableResponse upload(String user, long campaign, String name, byte[] file, Long version) {
        var request = Tokens.as(user).multiPart("file", name, file, "application/pdf");
        if (version != null) {
            request = request.multiPart("version", String.valueOf(version));
        }
        return request.post("/api/campaigns/" + campaign + "/signed").then();
    }

    @Test
    void aSignedPdfIsVerifiedKeptAndGoesUpToTheProvince() {
        long campaign = Scenario.bimSonChain();
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SIGNER);

        upload("vp.bimson", campaign, "bao-cao-120.pdf", signed, null).statusCode(200).body("signer", is(SIGNER))
                .body("intact", is(true)).body("signedAt", notNullValue()).body("fileName", is("bao-cao-120.pdf"))
                .body("trusted", org.hamcrest.Matchers.nullValue());

        byte[] back = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/signed").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(signed, back);
        // the province reads the town's report to its campaign, and so the signed file that came with it
        byte[] province = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + campaign + "/signed").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(signed, province);
        // a commune below the town neither reads nor replaces it
        Tokens.as("badinh.cb").get("/api/campaigns/" + campaign + "/signed").then().statusCode(404);
        upload("badinh.cb", campaign, "x.pdf", signed, 0L).statusCode(404);
        // the province may read but not upload the town's signed report
        upload("snv.thanhhoa", campaign, "x.pdf", signed, 0L).statusCode(403);
    }

    @Test
    void aReplacementNeedsTheVersionItReplaces() {
        long campaign = Scenario.bimSonChain();
        byte[] first = TestSigning.sign(TestSigning.plainPdf("1"), SIGNER);
        long version = upload("vp.bimson", campaign, "a.pdf", first, null).statusCode(200).extract().jsonPath()
                .getLong("version");
        byte[] second = TestSigning.sign(TestSigning.plainPdf("2"), "Trần Thị Hai");
        upload("vp.bimson", campaign, "b.pdf", second, null).statusCode(409).body("errors[0].message",
                containsString("Hãy tải lại trang"));
        upload("vp.bimson", campaign, "b.pdf", second, version).statusCode(200).body("signer", is("Trần Thị Hai"));
    }

    @Test
    void oneByteChangedInTheSignedRangeIsRefused() {
        long campaign = Scenario.bimSonChain();
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SIGNER);
        int at = TestSigning.indexOf(signed, "(Bao cao tong hop)");
        assertTrue(at > 0 && at < signed.length / 2, "the title sits in the first signed range");
        byte[] tampered = Arrays.copyOf(signed, signed.length);
        tampered[at + 1] = 'C';
        upload("vp.bimson", campaign, "ky.pdf", tampered, null).statusCode(422).body("errors[0].message",
                containsString("bị thay đổi sau khi ký"));
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/signed").then().statusCode(404);
    }

    @Test
    void contentAddedAfterTheSignatureIsRefused() {
        long campaign = Scenario.bimSonChain();
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SIGNER);
        byte[] appended = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% them vao\n".getBytes(StandardCharsets.ISO_8859_1), 0, appended, signed.length, 12);
        upload("vp.bimson", campaign, "ky.pdf", appended, null).statusCode(422).body("errors[0].message",
                containsString("không bao trùm toàn bộ tệp"));
    }

    @Test
    void anUnsignedPdfAndATextFileAreRefused() {
        long campaign = Scenario.bimSonChain();
        upload("vp.bimson", campaign, "chua-ky.pdf", TestSigning.plainPdf("x"), null).statusCode(422)
                .body("errors[0].message", containsString("chưa có chữ ký số"));
        upload("vp.bimson", campaign, "ghi-chu.pdf", "Báo cáo quý I".getBytes(StandardCharsets.UTF_8), null)
                .statusCode(422).body("errors[0].message", containsString("không phải tệp PDF"));
    }

    @Test
    void theConsolidationPageShowsThePanelAndTheParentSeesTheSignedFile() {
        long campaign = Scenario.bimSonChain();
        Document empty = page("vp.bimson", "/campaigns/" + campaign + "/rollup");
        assertNotNull(empty.getElementById("signed-none"));
        assertNotNull(empty.getElementById("signed-form"), "the issuer may upload");
        boolean libreOffice = java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/soffice"));
        assertNotNull(empty.getElementById(libreOffice ? "export-pdf" : "export-pdf-missing"),
                "the PDF link only where it can be made, else why not");

        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SIGNER);
        // the page form wants the confirmation ticked
        Tokens.as("vp.bimson").redirects().follow(false).multiPart("file", "ky.pdf", signed, "application/pdf")
                .post("/campaigns/" + campaign + "/signed").then().statusCode(303);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/signed").then().statusCode(404);
        Tokens.as("vp.bimson").redirects().follow(false).multiPart("file", "ky.pdf", signed, "application/pdf")
                .multiPart("confirm", "yes").post("/campaigns/" + campaign + "/signed").then().statusCode(303)
                .header("Location", containsString("/campaigns/" + campaign + "/rollup#signed"));

        Document page = page("vp.bimson", "/campaigns/" + campaign + "/rollup");
        assertEquals(SIGNER, page.getElementById("signed-signer").text());
        assertTrue(page.getElementById("signed-intact").text().contains("Nguyên vẹn"));
        assertEquals("/campaigns/" + campaign + "/signed", page.getElementById("signed-download").attr("href"));
        assertTrue(page.getElementById("signed-form").text().contains("thay bản ký số hiện có"),
                "replacing states its consequence");

        assertTrue(page.getElementById("signed-stale") == null, "just signed");

        // the town edits its consolidated text after signing: the signed file no longer says what the report says
        long consolidated = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then()
                .statusCode(200).extract().jsonPath().getLong("version");
        Tokens.as("vp.bimson").contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("version", consolidated, "sections",
                        java.util.Map.of("uu-diem", "<p>Sửa sau khi ký.</p>")))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);
        assertNotNull(page("vp.bimson", "/campaigns/" + campaign + "/rollup").getElementById("signed-stale"));

        long parent = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        Document upward = page("snv.thanhhoa", "/campaigns/" + parent + "/submissions/381");
        assertTrue(upward.getElementById("signed-upward-signer").text().contains(SIGNER), upward.html());
        assertEquals("/campaigns/" + campaign + "/signed",
                upward.getElementById("signed-upward-download").attr("href"));
        assertNotNull(upward.getElementById("signed-upward-stale"), "the province is told the report changed");
        Tokens.as("snv.thanhhoa").get("/campaigns/" + campaign + "/signed").then().statusCode(200)
                .contentType("application/pdf");
    }

    private static Document page(String user, String path) {
        return Jsoup.parse(Tokens.as(user).get(path).then().statusCode(200).extract().asString());
    }
}
