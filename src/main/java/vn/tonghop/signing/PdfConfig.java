package vn.tonghop.signing;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the consolidated report becomes a PDF ({@code tonghop.pdf.*}): LibreOffice headless converts the DOCX. */
@ConfigMapping(prefix = "tonghop.pdf")
public interface PdfConfig {

    /** The LibreOffice program (Debian's {@code libreoffice-writer-nogui} installs it here). */
    @WithDefault("/usr/bin/soffice")
    String soffice();

    /** Longest a conversion may take before it is stopped. */
    @WithDefault("120s")
    Duration timeout();

    /** Conversions at once: each LibreOffice takes a core and some 200 MB. */
    @WithDefault("2")
    int maxConcurrent();

    /** Longest a request waits for a free conversion before it is told to try again. */
    @WithDefault("30s")
    Duration queueWait();

    /**
     * Root certificates (a PEM or DER file, or a folder of them) a signed report's certificate must chain to; unset,
     * only the signature's integrity is checked and the panel says the chain was not.
     */
    Optional<String> trustAnchors();

    /** Largest signed PDF accepted for upload. */
    @WithDefault("20M")
    MemorySize signedMaxSize();
}
