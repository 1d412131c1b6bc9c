package vn.tonghop.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The converter's own rules with a stand-in for LibreOffice (a shell script that copies the input as the PDF and notes
 * the profile it was given): a missing program, conversions bounded in number, a profile per run, a run that hangs.
 */
class PdfConverterTest {

    @TempDir
    Path dir;

    record Config(String soffice, Duration timeout, int maxConcurrent, Duration queueWait) implements PdfConfig {
        @Override
        public MemorySize signedMaxSize() {
            return new MemorySize(java.math.BigInteger.valueOf(1_000_000));
        }

        @Override
        public java.util.Optional<String> trustAnchors() {
            return java.util.Optional.empty();
        }
    }

    /** Copies the input to OUTDIR/bao-cao.pdf after {@code seconds}; logs start and end with the profile. */
    Path fake(double seconds) throws Exception {
        Path script = dir.resolve("soffice");
        Files.writeString(script, """
                #!/bin/sh
                for a in "$@"; do case "$a" in -env:UserInstallation=*) profile="$a";; esac; done
                while [ $# -gt 1 ]; do [ "$1" = "--outdir" ] && out="$2"; shift; done
                echo "start $profile" >> %1$s/calls
                sleep %2$s
                mkdir -p "$out" && cp "$1" "$out/bao-cao.pdf"
                echo "end" >> %1$s/calls
                """.formatted(dir, seconds));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void aMissingProgramIsSaidSo() {
        PdfConverter converter = new PdfConverter(
                new Config(dir.resolve("none").toString(), Duration.ofSeconds(5), 1, Duration.ofSeconds(1)));
        var e = assertThrows(PdfConverter.ConversionException.class, () -> converter.convert(new byte[] { 1 }));
        assertEquals(PdfConverter.Failure.MISSING, e.failure());
    }

    @Test
    void conversionsAreBoundedAndEachHasItsOwnProfile() throws Exception {
        PdfConverter converter = new PdfConverter(
                new Config(fake(0.4).toString(), Duration.ofSeconds(20), 2, Duration.ofSeconds(20)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                byte[] input = ("docx " + i).getBytes(StandardCharsets.UTF_8);
                runs.add(pool.submit(() -> converter.convert(input)));
            }
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(("docx " + i).getBytes(StandardCharsets.UTF_8), runs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        int running = 0;
        int most = 0;
        List<String> profiles = new ArrayList<>();
        for (String line : calls) {
            if (line.startsWith("start")) {
                running++;
                profiles.add(line);
            } else {
                running--;
            }
            most = Math.max(most, running);
        }
        assertEquals(2, most, "never more than tonghop.pdf.max-concurrent at once: " + calls);
        assertEquals(4, profiles.stream().distinct().count(), "a profile per run: " + profiles);
    }

    @Test
    void aRunThatHangsIsStoppedAndAWaitTooLongIsBusy() throws Exception {
        PdfConverter converter = new PdfConverter(
                new Config(fake(30).toString(), Duration.ofMillis(500), 1, Duration.ofMillis(100)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> assertEquals(PdfConverter.Failure.FAILED,
                    assertThrows(PdfConverter.ConversionException.class, () -> converter.convert(new byte[] { 1 }))
                            .failure()));
            Thread.sleep(150);
            var busy = assertThrows(PdfConverter.ConversionException.class, () -> converter.convert(new byte[] { 2 }));
            assertEquals(PdfConverter.Failure.BUSY, busy.failure());
            long start = System.nanoTime();
            first.get();
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "the hanging run was stopped");
        } finally {
            pool.shutdownNow();
        }
    }
}
