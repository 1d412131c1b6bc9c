package vn.tonghop.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Verifies the PAdES signature of a PDF (sub-filters {@code adbe.pkcs7.detached} and {@code ETSI.CAdES.detached}, as
 * VGCA and SmartCA tools write them): the last signature must cover the whole file except its own value, and its CMS
 * signature must match the bytes it covers. Given trust anchors (the national roots the operator installs), the signing
 * certificate must also chain to one of them, valid at the signing time; revocation is not checked (no network).
 * Refusals carry a {@link Reason} that the caller turns into the user's message.
 */
public final class SignatureVerifier {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final List<String> DETACHED = List.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");

    /** Why a file is refused. */
    public enum Reason {
        NOT_PDF, UNSIGNED, UNSUPPORTED, NOT_WHOLE_FILE, TAMPERED, CERTIFICATE_EXPIRED, UNTRUSTED
    }

    public static final class Refused extends Exception {
        private final Reason reason;

        Refused(Reason reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final Set<TrustAnchor> anchors;

    /** Checks integrity only. */
    public SignatureVerifier() {
        this(Set.of());
    }

    /** Checks integrity and, when there are anchors, the chain of the signing certificate to one of them. */
    public SignatureVerifier(Set<TrustAnchor> anchors) {
        this.anchors = Set.copyOf(anchors);
    }

    public SignatureCheck verify(byte[] file) throws Refused {
        if (!isPdf(file)) {
            throw new Refused(Reason.NOT_PDF, "no %PDF- header");
        }
        try (PDDocument doc = Loader.loadPDF(file)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                throw new Refused(Reason.UNSIGNED, "no signature dictionary");
            }
            // the last signature is the one an upload is about; earlier ones are covered by it
            PDSignature signature = signatures.get(signatures.size() - 1);
            return check(signature, file);
        } catch (IOException e) {
            throw new Refused(Reason.NOT_PDF, e.getMessage());
        }
    }

    private SignatureCheck check(PDSignature signature, byte[] file) throws Refused, IOException {
        if (signature.getSubFilter() == null || !DETACHED.contains(signature.getSubFilter())) {
            throw new Refused(Reason.UNSUPPORTED, String.valueOf(signature.getSubFilter()));
        }
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4) {
            throw new Refused(Reason.TAMPERED, "byte range missing");
        }
        long end = (long) range[2] + range[3];
        boolean whole = range[0] == 0 && range[1] > 0 && range[2] > range[1] && end == file.length
                && file[range[1]] == '<' && file[range[2] - 1] == '>';
        if (!whole) {
            throw new Refused(Reason.NOT_WHOLE_FILE,
                    "byte range " + java.util.Arrays.toString(range) + " of " + file.length);
        }
        byte[] contents = signature.getContents();
        byte[] covered = signature.getSignedContent(file);
        try {
            // read from a stream: the value is padded with zeros to the size reserved for it, which a byte array
            // refuses
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(covered),
                    new java.io.ByteArrayInputStream(contents));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                throw new Refused(Reason.UNSIGNED, "no signer info");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (matches.isEmpty()) {
                throw new Refused(Reason.TAMPERED, "signing certificate missing");
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                throw new Refused(Reason.TAMPERED, "signature does not match");
            }
            OffsetDateTime signedAt = signingTime(signer, signature);
            Boolean trusted = null;
            if (!anchors.isEmpty()) {
                chain(certificate, cms, signedAt);
                trusted = true;
            }
            return new SignatureCheck(commonName(holder.getSubject()), signedAt, true, commonName(holder.getIssuer()),
                    trusted);
        } catch (org.bouncycastle.cms.CMSVerifierCertificateNotValidException e) {
            // BouncyCastle checks the certificate's validity at the signing time itself
            throw new Refused(Reason.CERTIFICATE_EXPIRED, e.getMessage());
        } catch (CMSException e) {
            throw new Refused(Reason.TAMPERED, e.getMessage());
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new Refused(Reason.UNSUPPORTED, e.getMessage());
        }
    }

    /**
     * The certificate was valid when signed and chains, through the certificates the signature carries, to an anchor.
     */
    private void chain(X509Certificate certificate, CMSSignedData cms, OffsetDateTime signedAt) throws Refused {
        // the signing time is the signer's claim (no timestamp authority is asked)
        Date when = Date.from((signedAt == null ? OffsetDateTime.now() : signedAt).toInstant());
        try {
            certificate.checkValidity(when);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new Refused(Reason.CERTIFICATE_EXPIRED, e.getMessage());
        }
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
            List<X509Certificate> carried = new ArrayList<>();
            for (Object h : cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate((X509CertificateHolder) h));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            // the PKIX API takes its validity date as a java.util.Date
            parameters.setDate(when);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            throw new Refused(Reason.UNTRUSTED, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new Refused(Reason.UNSUPPORTED, e.getMessage());
        }
    }

    static boolean isPdf(byte[] file) {
        if (file == null || file.length < 8) {
            return false;
        }
        // the header may follow a few bytes of junk (ISO 32000-1, 7.5.2 lets readers look in the first 1024)
        String start = new String(file, 0, Math.min(file.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    static String commonName(X500Name subject) {
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        if (cn.length > 0) {
            return IETFUtils.valueToString(cn[0].getFirst().getValue());
        }
        return subject.toString();
    }

    private static OffsetDateTime signingTime(SignerInformation signer, PDSignature signature) {
        if (signer.getSignedAttributes() != null) {
            Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
            if (attribute != null && attribute.getAttrValues().size() > 0) {
                try {
                    return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant()
                            .atOffset(ZoneOffset.UTC);
                } catch (IllegalArgumentException e) {
                    // an unreadable time falls back to the dictionary's date
                }
            }
        }
        Calendar date = signature.getSignDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
