package vn.tonghop.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what an uploaded Office file really is before POI parses it: a DOCX or XLSX package within the unpacking
 * limits, or the reason it is refused. Shared by everything that reads a document people upload.
 */
public final class OfficeFiles {

    static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    public enum Refusal {
        /** Empty, or neither an Office Open XML package nor an old Office file. */
        NOT_DOCUMENT,
        /** An old binary .doc/.xls file. */
        LEGACY,
        /** Protected with a password (Office stores these in an OLE2 container). */
        ENCRYPTED,
        /** Carries macros (DOCM/XLSM, even renamed). */
        MACRO,
        /** Unpacks too large or compresses like a zip bomb. */
        BOMB,
        /** A damaged archive. */
        DAMAGED
    }

    public static final class RefusedException extends Exception {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private OfficeFiles() {
    }

    /** DOCX or XLSX, judged by the bytes (never by the name). */
    public static FileKind recognise(byte[] bytes, long maxUnpacked) throws RefusedException {
        if (FileKind.startsWith(bytes, OLE2_MAGIC)) {
            throw new RefusedException(encrypted(bytes) ? Refusal.ENCRYPTED : Refusal.LEGACY);
        }
        if (!FileKind.startsWith(bytes, FileKind.ZIP_MAGIC)) {
            throw new RefusedException(Refusal.NOT_DOCUMENT);
        }
        List<String> entries;
        try {
            entries = ZipGuard.inspect(new SeekableInMemoryByteChannel(bytes),
                    new ZipGuard.Limits(2000, maxUnpacked, maxUnpacked, 0.01));
        } catch (ZipGuard.UnsafeZipException e) {
            throw new RefusedException(e.problem() == ZipGuard.Problem.BOMB ? Refusal.BOMB : Refusal.DAMAGED);
        }
        if (entries.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            throw new RefusedException(Refusal.MACRO);
        }
        FileKind kind = FileKind.ofPackage(entries);
        if (kind == null || kind == FileKind.PDF) {
            throw new RefusedException(Refusal.NOT_DOCUMENT);
        }
        return kind;
    }

    // An encrypted DOCX/XLSX is an OLE2 file holding "EncryptionInfo" and "EncryptedPackage".
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
