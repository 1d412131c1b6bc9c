package vn.tonghop.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Safe file names: what a user's browser sent, cleaned up for storage and for a download header. */
public final class FileNames {

    static final int MAX_LENGTH = 150;

    private FileNames() {
    }

    /**
     * The last path segment, NFC, without control or reserved characters, collapsed spaces, no leading dots, at most
     * {@value #MAX_LENGTH} characters with the extension kept; {@code fallback} when nothing is left.
     */
    public static String sanitize(String name, String fallback) {
        String s = name == null ? "" : name;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"/\\|?*".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.PRIVATE_USE
                    || Character.getType(cp) == Character.SURROGATE) {
                out.append(' ');
            } else {
                out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        s = out.toString().replaceAll(" +", " ").strip();
        s = s.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            String base = ext.isEmpty() ? s : s.substring(0, dot);
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH - ext.length())).strip();
            s = base + ext;
        }
        return s.isEmpty() ? fallback : s;
    }

    /** The name with its extension replaced by (or completed with) {@code extension}, e.g. ".pdf". */
    public static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 && name.length() - dot <= 6 ? name.substring(0, dot) : name;
        return base + extension;
    }

    /** ASCII only (Vietnamese letters without their marks, đ → d), for old clients and plain headers. */
    public static String ascii(String name) {
        String s = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^A-Za-z0-9._() -]", "_").replaceAll("_+", "_");
        return s.isBlank() ? "file" : s;
    }

    /** A lowercase ASCII slug for generated file names: "UBND phường Ba Đình" → "ubnd-phuong-ba-dinh". */
    public static String slug(String text) {
        String s = ascii(text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    /** A Content-Disposition value that keeps the Vietnamese name for modern browsers (RFC 6266 / 5987). */
    public static String contentDisposition(String disposition, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return disposition + "; filename=\"" + ascii(name).replace("\"", "") + "\"; filename*=UTF-8''" + encoded;
    }
}
