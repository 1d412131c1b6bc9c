package vn.tonghop.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * The root certificates a signed report must chain to ({@code tonghop.pdf.trust-anchors}: a PEM or DER file, or a
 * folder of them, e.g. the roots of the Government Cipher Committee and the public CAs). Read at start, so that a wrong
 * path stops the portal instead of letting every signature through unchecked.
 */
@Startup
@ApplicationScoped
public class TrustAnchors {

    @Inject
    PdfConfig config;

    private SignatureVerifier verifier;

    @PostConstruct
    void load() {
        Set<TrustAnchor> anchors = config.trustAnchors().map(p -> read(Path.of(p))).orElse(Set.of());
        verifier = new SignatureVerifier(anchors);
    }

    /** The verifier with the installed anchors (integrity only when there are none). */
    public SignatureVerifier verifier() {
        return verifier;
    }

    static Set<TrustAnchor> read(Path path) {
        Set<TrustAnchor> anchors = new HashSet<>();
        try {
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        anchors.add(new TrustAnchor((X509Certificate) c, null));
                    }
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("tonghop.pdf.trust-anchors: cannot read certificates from " + path, e);
        }
        if (anchors.isEmpty()) {
            throw new IllegalStateException("tonghop.pdf.trust-anchors: no certificate in " + path);
        }
        return anchors;
    }
}
