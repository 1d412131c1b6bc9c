package vn.tonghop.signing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.TestSigning;
import vn.tonghop.support.Tokens;

/**
 * With a root certificate installed ({@code tonghop.pdf.trust-anchors}), a signed report must come from a certificate
 * that root issued: another authority's is refused with what to do, the root's own is kept and shown as checked.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
@TestProfile(TrustedSignerTest.WithRoot.class)
class TrustedSignerTest {

    static final TestSigning.Authority ROOT = TestSigning.Authority.root("Ban Co yeu Chinh phu (thu nghiem)");

    /** The test root, written where the portal reads its anchors. */
    public static class WithRoot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createDirectories(Path.of("target", "trust-anchors")).resolve("root.pem");
                Files.writeString(file, ROOT.pem());
                return Map.of("tonghop.pdf.trust-anchors", file.toAbsolutePath().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void onlyACertificateOfTheInstalledRootIsKept() {
        long campaign = Scenario.bimSonChain();
        byte[] foreign = TestSigning.sign(TestSigning.plainPdf("x"), SignedReportTest.SIGNER,
                TestSigning.Authority.root("Mot CA khac"));
        SignedReportTest.upload("vp.bimson", campaign, "bao-cao.pdf", foreign, null).statusCode(422)
                .body("errors[0].message", containsString("không do tổ chức cung cấp dịch vụ chứng thực"));
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/signed").then().statusCode(404);

        byte[] trusted = TestSigning.sign(TestSigning.plainPdf("x"), SignedReportTest.SIGNER, ROOT);
        SignedReportTest.upload("vp.bimson", campaign, "bao-cao.pdf", trusted, null).statusCode(200)
                .body("trusted", is(true)).body("issuer", is("Ban Co yeu Chinh phu (thu nghiem)"));
        String chain = Jsoup.parse(Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then()
                .statusCode(200).extract().asString()).getElementById("signed-chain").text();
        assertTrue(chain.contains("do Ban Co yeu Chinh phu (thu nghiem) cấp")
                && chain.contains("đã kiểm tra đến chứng thư gốc tin cậy"), chain);
    }
}
