package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The consolidated report as PDF (LibreOffice headless, as for signing): the body's opening, the official annex in
 * landscape, no working marks. Skipped with a message where LibreOffice is absent, except in CI, where it fails.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class PdfExportTest {

    @Test
    void thePdfHoldsTheOpeningTheOfficialAnnexInLandscapeAndNoWorkingMarks() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(ExportsOpenInLibreOfficeTest.SOFFICE),
                    "LibreOffice is not installed: " + ExportsOpenInLibreOfficeTest.SOFFICE);
        }
        long campaign = RollupExportTest.consolidatedCampaign();
        byte[] pdf = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename=\"BC-120-UBND-Bim-Son-Q1-2017.pdf\"")).extract()
                .asByteArray();
        RollupExportTest.keep("bao-cao-tong-hop.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertTrue(text.contains("Thực hiện Công văn số"), text);
            assertTrue(text.contains("CẤP XÃ, PHƯỜNG"), text);
            assertTrue(text.contains("BÁO CÁO"), text);
            assertFalse(text.contains("(Chưa nộp)"), text);
            assertFalse(text.contains("/2017 của)"), text);
            assertTrue(portrait(doc.getPage(0)), "the body is portrait");
            assertFalse(portrait(doc.getPage(doc.getNumberOfPages() - 1)), "the annex is landscape");
        }
        // the consolidation page's link, with the browser session
        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/export.pdf?collapse=true").then().statusCode(200)
                .contentType("application/pdf");
        // a commune reads no consolidation, so gets no PDF of it either
        Tokens.as("badinh.cb").get("/api/campaigns/" + campaign + "/export.pdf").then().statusCode(404);
    }

    private static boolean portrait(PDPage page) {
        PDRectangle box = page.getMediaBox();
        int rotation = page.getRotation() % 180;
        return rotation == 0 ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }

}
