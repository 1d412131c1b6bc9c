package vn.tonghop.template.outlineimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Codes made from Vietnamese titles: "Tổng số hồ sơ đã nhận" → "tong_so_ho_so_da_nhan", unique in their scope. */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Words the expression language reserves; a column code may not be one. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
            "mod", "null", "true", "false", "new", "var", "return", "if", "else", "for", "while", "function", "empty",
            "size", "in");

    private final Set<String> used = new HashSet<>();
    private final String separator;
    private final int maxWords;

    private Slugs(String separator, int maxWords) {
        this.separator = separator;
        this.maxWords = maxWords;
    }

    /** Section, table and row codes: "ket-qua-trien-khai". */
    static Slugs hyphens() {
        return new Slugs("-", 6);
    }

    /** Column codes, usable in formulas: "ho_so_nhan". */
    static Slugs underscores() {
        return new Slugs("_", 8);
    }

    static String ascii(String text) {
        String s = text == null ? "" : text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A new code from the words of {@code text}, or of {@code prefix} and text when those words are taken. */
    String next(String text, String prefix, String fallback) {
        String base = words(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (separator.equals("_") && (!Character.isLetter(base.charAt(0)) || RESERVED.contains(base))) {
            base = "c_" + base;
        }
        String code = base;
        if (used.contains(code) && prefix != null && !words(prefix).isEmpty()) {
            code = words(prefix) + separator + base;
        }
        String candidate = code;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = code + separator + i;
        }
        used.add(candidate);
        return candidate;
    }

    void reserve(String code) {
        used.add(code);
    }

    private String words(String text) {
        String[] parts = NON_WORD.split(ascii(text).strip());
        return String.join(separator,
                Arrays.stream(parts).filter(p -> !p.isEmpty()).limit(maxWords).toArray(String[]::new));
    }
}
