package vn.tonghop.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.TrustAnchor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tonghop.support.TestSigning;

/** The PAdES check on its own: a signed PDF passes, each kind of bad file is refused with its reason. */
class SignatureVerifierTest {

    final SignatureVerifier verifier = new SignatureVerifier();

    @Test
    void aSignedPdfGivesTheSignerAndTime() throws Exception {
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba");
        SignatureCheck check = verifier.verify(signed);
        assertEquals("Lê Văn Ba", check.signer());
        assertNotNull(check.signedAt());
        assertTrue(check.intact());
    }

    @Test
    void aCadesSignatureIsCheckedAlike() throws Exception {
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba",
                org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        assertEquals("Lê Văn Ba", verifier.verify(signed).signer());
        byte[] other = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba",
                org.apache.pdfbox.cos.COSName.getPDFName("adbe.x509.rsa_sha1"));
        assertEquals(SignatureVerifier.Reason.UNSUPPORTED, reason(other));
    }

    @Test
    void eachBadFileHasItsReason() {
        byte[] signed = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba");
        byte[] tampered = Arrays.copyOf(signed, signed.length);
        int at = TestSigning.indexOf(signed, "Bao cao tong hop");
        assertTrue(at > 0, new String(signed, StandardCharsets.ISO_8859_1));
        tampered[at] = 'C';
        assertEquals(SignatureVerifier.Reason.TAMPERED, reason(tampered));
        byte[] appended = Arrays.copyOf(signed, signed.length + 3);
        assertEquals(SignatureVerifier.Reason.NOT_WHOLE_FILE, reason(appended));
        assertEquals(SignatureVerifier.Reason.UNSIGNED, reason(TestSigning.plainPdf("x")));
        assertEquals(SignatureVerifier.Reason.NOT_PDF, reason("Báo cáo".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SignatureVerifier.Reason.NOT_PDF, reason("%PDF-1.7 hỏng".getBytes(StandardCharsets.UTF_8)));
    }

    private SignatureVerifier.Reason reason(byte[] file) {
        return assertThrows(SignatureVerifier.Refused.class, () -> verifier.verify(file)).reason();
    }

    @Test
    void withRootsInstalledTheCertificateMustChainToOneAndBeValidWhenSigned() throws Exception {
        TestSigning.Authority cipher = TestSigning.Authority.root("Ban Co yeu Chinh phu (test)");
        TestSigning.Authority other = TestSigning.Authority.root("Mot CA khac");
        SignatureVerifier checking = new SignatureVerifier(Set.of(new TrustAnchor(cipher.certificate(), null)));

        SignatureCheck check = checking.verify(TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba", cipher));
        assertEquals("Ban Co yeu Chinh phu (test)", check.issuer());
        assertEquals(Boolean.TRUE, check.trusted());

        byte[] foreign = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba", other);
        assertEquals(SignatureVerifier.Reason.UNTRUSTED, reason(checking, foreign));
        byte[] selfSigned = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba");
        assertEquals(SignatureVerifier.Reason.UNTRUSTED, reason(checking, selfSigned));
        Instant now = Instant.now();
        byte[] expired = TestSigning.sign(TestSigning.plainPdf("x"), "Lê Văn Ba", cipher,
                now.minus(400, ChronoUnit.DAYS), now.minus(35, ChronoUnit.DAYS));
        assertEquals(SignatureVerifier.Reason.CERTIFICATE_EXPIRED, reason(checking, expired));

        // without roots the same foreign file is intact, its chain unchecked
        SignatureCheck unchecked = verifier.verify(foreign);
        assertEquals("Mot CA khac", unchecked.issuer());
        assertNull(unchecked.trusted());
    }

    private static SignatureVerifier.Reason reason(SignatureVerifier v, byte[] file) {
        return assertThrows(SignatureVerifier.Refused.class, () -> v.verify(file)).reason();
    }
}
