package vn.tonghop.platform.i18n;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as search compares it: lower case without Vietnamese diacritics, "Quý I/2017" → "quy i/2017". The database
 * applies the same folding with its {@code tonghop_fold} function (migration V8), so both sides meet.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The words of a query, folded; every one must occur in a match. */
    public static List<String> terms(String query) {
        return Arrays.stream(fold(query).trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    /** A term as a LIKE pattern that matches it anywhere, its wildcard characters taken literally. */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
