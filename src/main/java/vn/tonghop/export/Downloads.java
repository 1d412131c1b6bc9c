package vn.tonghop.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.ws.rs.core.Response;

/** File answers: the right Content-Type and a Content-Disposition that keeps Vietnamese names (RFC 6266/5987). */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(ExportFile file) {
        return Response.ok(file.body(), file.contentType()).header("Content-Disposition", disposition(file.name()))
                .header("Cache-Control", "no-store").build();
    }

    /** {@code attachment; filename="Cong-van-675-UBND-VP.docx"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n…}. */
    public static String disposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** The name without diacritics, spaces as dashes, only characters every browser keeps. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)", "");
        return safe.isEmpty() ? "tai-lieu" : safe;
    }

    static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
