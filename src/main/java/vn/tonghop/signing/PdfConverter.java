package vn.tonghop.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

/**
 * DOCX to PDF with LibreOffice headless. Each conversion runs in a temporary folder of its own with its own LibreOffice
 * profile ({@code -env:UserInstallation}), so that parallel runs do not share (and lock) one profile; at most
 * {@code tonghop.pdf.max-concurrent} run at once.
 */
@ApplicationScoped
public class PdfConverter {

    private static final Logger LOG = Logger.getLogger(PdfConverter.class);

    private final Semaphore slots;
    private final PdfConfig config;

    @Inject
    Messages messages;

    @Inject
    public PdfConverter(PdfConfig config) {
        this.config = config;
        this.slots = new Semaphore(Math.max(1, config.maxConcurrent()), true);
    }

    public boolean available() {
        return Files.isExecutable(Path.of(config.soffice()));
    }

    public byte[] docxToPdf(byte[] docx) {
        if (!available()) {
            LOG.warnf("LibreOffice not found at %s (tonghop.pdf.soffice)", config.soffice());
            throw new PortalException(503, List.of(msg().converterMissing()));
        }
        boolean acquired;
        try {
            acquired = slots.tryAcquire(config.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException(503, List.of(msg().converterBusy()));
        }
        if (!acquired) {
            throw new PortalException(503, List.of(msg().converterBusy()));
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tonghop-pdf");
            return convert(dir, docx);
        } catch (IOException e) {
            LOG.error("PDF conversion failed", e);
            throw new PortalException(503, List.of(msg().converterFailed()));
        } finally {
            slots.release();
            delete(dir);
        }
    }

    private byte[] convert(Path dir, byte[] docx) throws IOException {
        Path in = dir.resolve("bao-cao.docx");
        Files.write(in, docx);
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(config.soffice(), "--headless", "--norestore", "--nologo", "--nolockcheck",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString(), in.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
                        .start();
        try {
            if (!p.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                LOG.errorf("LibreOffice did not convert within %s", config.timeout());
                throw new PortalException(503, List.of(msg().converterFailed()));
            }
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PortalException(503, List.of(msg().converterBusy()));
        }
        Path pdf = out.resolve("bao-cao.pdf");
        if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            LOG.errorf("LibreOffice exited %d: %s", p.exitValue(),
                    Files.readString(dir.resolve("log"), StandardCharsets.UTF_8));
            throw new PortalException(503, List.of(msg().converterFailed()));
        }
        return Files.readAllBytes(pdf);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("temporary folder %s left: %s", dir, e.getMessage());
        }
    }

    private SignedMessages msg() {
        return messages.bundle(SignedMessages.class);
    }
}
