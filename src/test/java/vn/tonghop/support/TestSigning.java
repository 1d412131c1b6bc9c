package vn.tonghop.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PDFs for the signing tests: a plain one made with PDFBox, and the same signed as a signing tool (VGCA, SmartCA) would
 * (PAdES, detached CMS, {@code adbe.pkcs7.detached}) with a throwaway certificate made on the spot: self-signed, or
 * issued by a test {@link Authority}.
 */
public final class TestSigning {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private TestSigning() {
    }

    /** A one-page PDF whose XMP metadata carries {@code marker} uncompressed (so byte scans find it). */
    public static byte[] plainPdf(String marker) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Bao cao tong hop");
                text.endText();
            }
            String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + marker
                    + "</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
            PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
            doc.getDocumentCatalog().setMetadata(metadata);
            doc.getDocumentInformation().setTitle("Bao cao tong hop");
            // no object streams: the title stays a plain string inside the signed range, for the tampering test
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} signed by a new self-signed certificate whose CN is {@code signer}. */
    public static byte[] sign(byte[] pdf, String signer) {
        return sign(pdf, signer, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
    }

    /** The same with the sub-filter given: {@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}. */
    public static byte[] sign(byte[] pdf, String signer, org.apache.pdfbox.cos.COSName subFilter) {
        KeyPair keys = keys();
        X500Name name = signerName(signer);
        Instant now = Instant.now();
        X509Certificate certificate = certificate(name, keys.getPublic(), name, keys.getPrivate(), false,
                now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
        return sign(pdf, signer, subFilter, keys, List.of(certificate));
    }

    /** A certification authority of the tests: a self-signed root that issues signers' certificates. */
    public record Authority(String name, KeyPair keys, X509Certificate certificate) {

        public static Authority root(String name) {
            KeyPair keys = TestSigning.keys();
            X500Name subject = new X500Name("CN=" + name + ", O=Test CA, C=VN");
            Instant now = Instant.now();
            return new Authority(name, keys, TestSigning.certificate(subject, keys.getPublic(), subject,
                    keys.getPrivate(), true, now.minus(3650, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS)));
        }

        /** The root as PEM, as an operator installs it. */
        public String pem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n"
                        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * {@code pdf} signed by a certificate this authority issues to {@code signer}, valid from one day ago for a year.
     */
    public static byte[] sign(byte[] pdf, String signer, Authority issuer) {
        Instant now = Instant.now();
        return sign(pdf, signer, issuer, now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
    }

    /** The same with the certificate valid only between {@code from} and {@code to}. */
    public static byte[] sign(byte[] pdf, String signer, Authority issuer, Instant from, Instant to) {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(signerName(signer), keys.getPublic(),
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                issuer.keys().getPrivate(), false, from, to);
        return sign(pdf, signer, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, keys, List.of(certificate));
    }

    private static byte[] sign(byte[] pdf, String signer, org.apache.pdfbox.cos.COSName subFilter, KeyPair keys,
            List<X509Certificate> chain) {
        SignatureInterface cms = content -> detached(content, keys, chain);
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(subFilter);
            signature.setName(signer);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            signature.setSignDate(when);
            doc.addSignature(signature, cms);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X500Name signerName(String signer) {
        return new X500Name("CN=" + signer + ", O=UBND thi xa Bim Son, C=VN");
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, java.security.PublicKey key, X500Name issuer,
            java.security.PrivateKey issuerKey, boolean authority, Instant from, Instant to) {
        try {
            DateTimeFormatter asn1 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(System.nanoTime()), new Time(new ASN1GeneralizedTime(asn1.format(from))),
                    new Time(new ASN1GeneralizedTime(asn1.format(to))), subject,
                    SubjectPublicKeyInfo.getInstance(key.getEncoded()));
            if (authority) {
                builder.addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                        new org.bouncycastle.asn1.x509.BasicConstraints(true));
                builder.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true,
                        new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.keyCertSign
                                | org.bouncycastle.asn1.x509.KeyUsage.cRLSign));
            }
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(issuerKey);
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(contentSigner));
        } catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] detached(InputStream content, KeyPair keys, List<X509Certificate> chain) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC)
                    .build(keys.getPrivate());
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                            .build(signer, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }

    /** The first position of {@code text} in {@code bytes} (Latin-1), for flipping a byte inside the signed range. */
    public static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }
}
