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
import jakarta.inject.Named;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

/**
 * DOCX to PDF with LibreOffice headless. Each conversion runs in a temporary folder of its own with its own LibreOffice
 * profile ({@code -env:UserInstallation}), so that parallel runs do not share (and lock) one profile; at most
 * {@code tonghop.pdf.max-concurrent} run at once, and a request waits {@code tonghop.pdf.queue-wait} at most for its
 * turn.
 */
@ApplicationScoped
@Named("pdfConverter")
public class PdfConverter {

    private static final Logger LOG = Logger.getLogger(PdfConverter.class);

    /** Why a conversion did not happen; the caller tells the user. */
    public enum Failure {
        MISSING, BUSY, FAILED
    }

    public static final class ConversionException extends Exception {
        private final Failure failure;

        ConversionException(Failure failure, String detail) {
            super(failure + ": " + detail);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    private final Semaphore slots;
    private final PdfConfig config;

    @Inject
    Messages messages;

    @Inject
    public PdfConverter(PdfConfig config) {
        this.config = config;
        this.slots = new Semaphore(Math.max(1, config.maxConcurrent()), true);
    }

    /** LibreOffice is where the configuration says: pages offer the PDF only then. */
    public boolean available() {
        return Files.isExecutable(Path.of(config.soffice()));
    }

    /** The conversion for a request: a failure becomes a 503 with the user's message. */
    public byte[] docxToPdf(byte[] docx) {
        try {
            return convert(docx);
        } catch (ConversionException e) {
            SignedMessages m = messages.bundle(SignedMessages.class);
            String text = switch (e.failure()) {
                case MISSING -> m.converterMissing();
                case BUSY -> m.converterBusy();
                case FAILED -> m.converterFailed();
            };
            throw new PortalException(503, List.of(text));
        }
    }

    public byte[] convert(byte[] docx) throws ConversionException {
        if (!available()) {
            LOG.warnf("LibreOffice not found at %s (tonghop.pdf.soffice)", config.soffice());
            throw new ConversionException(Failure.MISSING, config.soffice());
        }
        try {
            if (!slots.tryAcquire(config.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConversionException(Failure.BUSY, "no free conversion within " + config.queueWait());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException(Failure.BUSY, "interrupted");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tonghop-pdf");
            return run(dir, docx);
        } catch (IOException e) {
            LOG.error("PDF conversion failed", e);
            throw new ConversionException(Failure.FAILED, e.getMessage());
        } finally {
            slots.release();
            delete(dir);
        }
    }

    private byte[] run(Path dir, byte[] docx) throws IOException, ConversionException {
        Path in = dir.resolve("bao-cao.docx");
        Files.write(in, docx);
        Path out = dir.resolve("out");
        Path log = dir.resolve("log");
        Process p = new ProcessBuilder(config.soffice(), "--headless", "--norestore", "--nologo", "--nolockcheck",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                out.toString(), in.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                stop(p);
                LOG.errorf("LibreOffice did not convert within %s", config.timeout());
                throw new ConversionException(Failure.FAILED, "timeout " + config.timeout());
            }
        } catch (InterruptedException e) {
            stop(p);
            Thread.currentThread().interrupt();
            throw new ConversionException(Failure.BUSY, "interrupted");
        }
        Path pdf = out.resolve("bao-cao.pdf");
        if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            String said = Files.readString(log, StandardCharsets.UTF_8);
            LOG.errorf("LibreOffice exited %d: %s", p.exitValue(), said);
            throw new ConversionException(Failure.FAILED, "exit " + p.exitValue() + ": " + said);
        }
        return Files.readAllBytes(pdf);
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
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
}
