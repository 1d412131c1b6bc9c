package vn.tonghop.signing;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.TestSigning;
import vn.tonghop.support.Tokens;

/**
 * The signed consolidated report goes upward with the town's report to the province's campaign: a viewer of the
 * province (no other role) downloads it from the town's report; a commune below the town and another province cannot.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class UpwardSignedReportTest {

    /** A reader of the province and nothing else, made for this test. */
    static String provincialViewer() {
        String login = "xem." + Long.toString(System.nanoTime(), 36);
        Tokens.as("admin.thanhhoa").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("username", login)
                .formParam("displayName", "Chuyên viên theo dõi của tỉnh").formParam("unitCode", "38")
                .formParam("role", "VIEWER").post("/memberships").then().statusCode(303);
        return login;
    }

    @Test
    void theProvincesViewerDownloadsTheSignedFileFromTheTownsReportAndNobodyElseDoes() {
        long campaign = Scenario.bimSonChain();
        long parent = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        String upward = "/api/campaigns/" + parent + "/submissions/381/signed";
        String viewer = provincialViewer();

        // nothing signed yet: said, not an empty file
        Tokens.as(viewer).get(upward).then().statusCode(404).body(containsString("Chưa có bản ký số"));

        byte[] signed = TestSigning.sign(TestSigning.plainPdf("bao cao"), SignedReportTest.SIGNER);
        SignedReportTest.upload("vp.bimson", campaign, "bao-cao-120.pdf", signed, null).statusCode(200);

        byte[] got = Tokens.as(viewer).get(upward).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("bao-cao-120.pdf")).extract().asByteArray();
        assertArrayEquals(signed, got);
        assertArrayEquals(signed, Tokens.as("vp.bimson").get(upward).then().statusCode(200).extract().asByteArray(),
                "the town reads what it sent");

        // the page of the town's report shows the viewer the signed file, and its link opens for her
        Document page = Jsoup.parse(Tokens.as(viewer).get("/campaigns/" + parent + "/submissions/381").then()
                .statusCode(200).extract().asString());
        assertEquals(SignedReportTest.SIGNER, page.getElementById("signed-upward-signer").selectFirst("strong").text());
        String link = page.getElementById("signed-upward-download").attr("href");
        assertArrayEquals(signed, Tokens.as(viewer).get(link).then().statusCode(200).extract().asByteArray());

        // another province: neither the report nor the file, by either path
        for (String outsider : new String[] { "vp.hoangmai", "admin.nghean", "quynhthien.cb" }) {
            Tokens.as(outsider).get(upward).then().statusCode(404);
            Tokens.as(outsider).get("/api/campaigns/" + campaign + "/signed").then().statusCode(404);
            Tokens.as(outsider).get(link).then().statusCode(404);
        }
        // a commune below the town does not read the town's report to the province
        Tokens.as("badinh.cb").get(upward).then().statusCode(404);
        // a commune's own report came with no consolidation to sign
        Tokens.as(viewer).get("/api/campaigns/" + campaign + "/submissions/14794/signed").then().statusCode(404);
    }

    @Test
    void theSignedFileSentUpwardStaysUntilTheProvinceReturnsTheReport() {
        long campaign = Scenario.bimSonChain();
        long parent = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        String own = "/api/campaigns/" + parent + "/submissions/381";
        byte[] first = TestSigning.sign(TestSigning.plainPdf("ban dau"), SignedReportTest.SIGNER);
        long version = SignedReportTest.upload("vp.bimson", campaign, "bao-cao.pdf", first, null).statusCode(200)
                .extract().jsonPath().getLong("version");
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Scenario.filledReport(0, "381", 30, 28, 2)).put(own)
                .then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Văn An"))
                .post(own + "/submit").then().statusCode(200).body("status", is("SUBMITTED"));

        // what the province received cannot change under it: said, with what to do, and the file stays
        byte[] second = TestSigning.sign(TestSigning.plainPdf("ban sau"), SignedReportTest.SIGNER);
        SignedReportTest.upload("vp.bimson", campaign, "bao-cao-moi.pdf", second, version).statusCode(409)
                .body("errors[0].message", containsString("trả lại báo cáo"));
        assertArrayEquals(first,
                Tokens.as("snv.thanhhoa").get(own + "/signed").then().statusCode(200).extract().asByteArray());
        Document rollup = Jsoup.parse(Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then()
                .statusCode(200).extract().asString());
        assertEquals(null, rollup.getElementById("signed-form"),
                "no upload form while the report is with the province");
        assertTrue(rollup.getElementById("signed-locked").text().contains("trả lại báo cáo"));

        // returned, the town may sign again
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(Map.of("comment", "Ký lại bản đã sửa"))
                .post(own + "/return").then().statusCode(200);
        SignedReportTest.upload("vp.bimson", campaign, "bao-cao-moi.pdf", second, version).statusCode(200);
        assertArrayEquals(second,
                Tokens.as("snv.thanhhoa").get(own + "/signed").then().statusCode(200).extract().asByteArray());
    }
}
