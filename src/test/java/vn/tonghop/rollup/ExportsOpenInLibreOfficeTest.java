package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The consolidated DOCX and XLSX open in LibreOffice (Debian's {@code libreoffice-writer-nogui} and
 * {@code libreoffice-calc-nogui}, installed by {@code .ci/run}): each is converted to PDF and the pages are counted.
 * Skipped with a message where LibreOffice is absent, except in CI, where it fails.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class ExportsOpenInLibreOfficeTest {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void theConsolidatedReportAndItsAnnexesOpenInLibreOffice() throws Exception {
        boolean ci = System.getenv("CI") != null;
        if (!ci) {
            Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed: " + SOFFICE);
        }
        long campaign = RollupExportTest.consolidatedCampaign();
        Path dir = Files.createTempDirectory("lo-export");
        for (String kind : new String[] { "docx", "xlsx" }) {
            byte[] file = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export." + kind).then()
                    .statusCode(200).extract().asByteArray();
            Path in = dir.resolve("bao-cao." + kind);
            Files.write(in, file);
            Path out = dir.resolve(kind);
            Process p = new ProcessBuilder(SOFFICE.toString(), "--headless",
                    "-env:UserInstallation=file://" + dir + "/profile", "--convert-to", "pdf", "--outdir",
                    out.toString(), in.toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice converts " + kind + " in time");
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), log);
            Path pdf = out.resolve("bao-cao.pdf");
            assertTrue(Files.exists(pdf), "LibreOffice wrote a PDF of the " + kind + ": " + log);
            int pages = pages(Files.readAllBytes(pdf));
            assertTrue(kind.equals("docx") ? pages >= 2 : pages >= 1, kind + " has " + pages + " pages");
        }
    }

    /** Page objects of a PDF as LibreOffice writes them ("/Type/Page", not "/Pages"). */
    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
