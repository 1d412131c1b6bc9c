package vn.tonghop.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Looks inside a ZIP container (DOCX, XLSX) before anyone parses it: it must be a readable archive with a bounded
 * number of entries that really unpack (counted while inflating, not taken from the headers) to a bounded size, without
 * the extreme compression of a zip bomb. Reads the central directory, as POI's {@code ZipSecureFile} does, so both see
 * the same entries.
 */
public final class ZipGuard {

    /** Entries smaller than this are not judged on their compression ratio (tiny XML parts compress very well). */
    static final long RATIO_GRACE = 100 * 1024;

    /**
     * @param minInflateRatio
     *            smallest compressed/unpacked ratio accepted, as POI's {@code ZipSecureFile.setMinInflateRatio} (POI's
     *            default 0.01: a part may unpack to at most 100 times its compressed size)
     */
    public record Limits(int maxEntries, long maxEntrySize, long maxTotalSize, double minInflateRatio) {
    }

    public enum Problem {
        /** Not a ZIP archive, or a damaged one. */
        NOT_ZIP,
        /** Too many entries, too large once unpacked, or compressed like a zip bomb. */
        BOMB,
        /** Entries encrypted or compressed with a method we do not read. */
        UNSUPPORTED
    }

    public static final class UnsafeZipException extends Exception {
        private final Problem problem;

        UnsafeZipException(Problem problem, String detail) {
            super(problem + ": " + detail);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private ZipGuard() {
    }

    /** The entry names, once every entry has been unpacked within the limits. */
    public static List<String> inspect(SeekableByteChannel channel, Limits limits) throws UnsafeZipException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            long total = 0;
            byte[] buffer = new byte[16 * 1024];
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (names.size() >= limits.maxEntries()) {
                    throw new UnsafeZipException(Problem.BOMB, "more than " + limits.maxEntries() + " entries");
                }
                names.add(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new UnsafeZipException(Problem.UNSUPPORTED, entry.getName());
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        total += n;
                        if (unpacked > limits.maxEntrySize() || total > limits.maxTotalSize()) {
                            throw new UnsafeZipException(Problem.BOMB, entry.getName() + " unpacks too large");
                        }
                        if (unpacked > RATIO_GRACE && (double) compressed / unpacked < limits.minInflateRatio()) {
                            throw new UnsafeZipException(Problem.BOMB, entry.getName() + " compressed too much");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // commons-compress reports malformed archives with both checked and unchecked exceptions
            throw new UnsafeZipException(Problem.NOT_ZIP, String.valueOf(e.getMessage()));
        }
        return names;
    }
}
