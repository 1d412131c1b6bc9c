package vn.tonghop.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The file types accepted as attachments, recognised by their content. */
public enum FileKind {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * An Office Open XML package by its entries: {@code [Content_Types].xml} plus a {@code word/} or {@code xl/} part;
     * null for any other archive, and for macro-enabled documents (DOCM, XLSM saved as .docx/.xlsx).
     */
    static FileKind ofPackage(List<String> entries) {
        if (!entries.contains("[Content_Types].xml")
                || entries.stream().anyMatch(e -> e.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"))) {
            return null;
        }
        if (entries.stream().anyMatch(e -> e.startsWith("word/"))) {
            return DOCX;
        }
        if (entries.stream().anyMatch(e -> e.startsWith("xl/"))) {
            return XLSX;
        }
        return null;
    }
}
