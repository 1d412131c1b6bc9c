package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese staff type them: "." groups thousands and "," is the decimal mark, so "1.315" is one thousand
 * three hundred fifteen and "12,5" is twelve and a half. Spaces (also non-breaking, as Excel copies them) and a
 * trailing "%" are ignored. A single dot that cannot be a thousands separator ("12.5", "0.75") is read as a decimal
 * point, as an English-language spreadsheet would paste it.
 */
public final class VietnameseNumbers {

    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\d+\\.\\d+");

    private VietnameseNumbers() {
    }

    /**
     * The number typed, or null for blank text.
     *
     * @throws NumberFormatException
     *             when the text is not a number in either notation
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        String sign = "";
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? "-" : "";
            t = t.substring(1);
        }
        int comma = t.indexOf(',');
        if (comma != t.lastIndexOf(',')) {
            throw new NumberFormatException(text);
        }
        String whole = comma < 0 ? t : t.substring(0, comma);
        String fraction = comma < 0 ? "" : t.substring(comma + 1);
        if (comma >= 0 && !DIGITS.matcher(fraction).matches()) {
            throw new NumberFormatException(text);
        }
        if (GROUPED.matcher(whole).matches()) {
            whole = whole.replace(".", "");
        } else if (comma < 0 && ENGLISH_DECIMAL.matcher(whole).matches()) {
            int dot = whole.indexOf('.');
            fraction = whole.substring(dot + 1);
            whole = whole.substring(0, dot);
        } else if (whole.isEmpty() ? fraction.isEmpty() : !DIGITS.matcher(whole).matches()) {
            throw new NumberFormatException(text);
        }
        String plain = sign + (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
        return new BigDecimal(plain);
    }

    /** "1.315", "12,5", "-0,75": all significant decimals, no trailing zeros. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(plain.substring(dot + 1));
        }
        return (negative ? "-" : "") + out;
    }

    /** A stored cell value for display: numbers the Vietnamese way, anything else as text. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return format(d);
        }
        if (value instanceof Number n) {
            try {
                return format(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        return value.toString();
    }
}
