package vn.tonghop.template.model;

import java.util.List;
import vn.tonghop.platform.i18n.DocumentWording;

/** How a section's ordinal is derived from its position among siblings of the same style. */
public enum NumberingStyle implements YamlEnum {
    /** I, II, III … */
    ROMAN("roman"),
    /** 1, 2, 3 … */
    ARABIC("arabic"),
    /** a, b, c, d, đ, e, g … (Vietnamese alphabet: no f, j, w, z). */
    LETTER("letter"),
    /** "-" bullet. */
    DASH("dash"), NONE("none");

    /** The 23 letters used for lettered items; Vietnamese has no f, j, w, z and puts đ after d. */
    public static final List<String> VIETNAMESE_LETTERS = DocumentWording.words("numbering.letters");

    private final String yamlName;

    NumberingStyle(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Ordinal for the 1-based position: "IV", "4", "đ", "-" or "". */
    public String ordinal(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1: " + position);
        }
        return switch (this) {
            case ROMAN -> roman(position);
            case ARABIC -> Integer.toString(position);
            case LETTER -> letter(position);
            case DASH -> "-";
            case NONE -> "";
        };
    }

    /** Ordinal with the punctuation used in letters: "I.", "1.", "a)", "-". */
    public String decorate(String ordinal) {
        if (ordinal == null || ordinal.isEmpty()) {
            return "";
        }
        return switch (this) {
            case ROMAN, ARABIC -> ordinal + ".";
            case LETTER -> ordinal + ")";
            case DASH, NONE -> ordinal;
        };
    }

    /** Default style by depth when neither the section nor an earlier sibling says: I → 1 → a → -. */
    public static NumberingStyle defaultForDepth(int depth) {
        return switch (depth) {
            case 0 -> ROMAN;
            case 1 -> ARABIC;
            case 2 -> LETTER;
            default -> DASH;
        };
    }

    static String roman(int n) {
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                rest -= values[i];
                sb.append(symbols[i]);
            }
        }
        return sb.toString();
    }

    // Past "y" continue as aa, ab … (bijective base 23), which letters never reach in practice.
    static String letter(int n) {
        int size = VIETNAMESE_LETTERS.size();
        StringBuilder sb = new StringBuilder();
        int rest = n;
        while (rest > 0) {
            rest--;
            sb.insert(0, VIETNAMESE_LETTERS.get(rest % size));
            rest /= size;
        }
        return sb.toString();
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    @Override
    public List<String> aliases() {
        return this == DASH ? List.of("-") : List.of();
    }

}
