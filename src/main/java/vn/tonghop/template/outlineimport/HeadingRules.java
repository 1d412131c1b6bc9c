package vn.tonghop.template.outlineimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * How a paragraph of an outline is numbered: "I." roman, "1." arabic, "a)" letter, "-" dash, or a heading style; and
 * its title without the number.
 */
final class HeadingRules {

    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)[.)]\\s*(.+)$");
    private static final Pattern ARABIC = Pattern.compile("^([0-9]{1,2})[.)]\\s+(.+)$");
    private static final Pattern LETTER = Pattern.compile(Vocabulary.word("outline.heading.letter"));
    private static final Pattern DASH = Pattern.compile("^[-–—]\\s*(.+)$");
    private static final Pattern DASHED_NUMBER = Pattern.compile(Vocabulary.word("outline.heading.dashedNumber"));
    private static final Pattern HEADING_STYLE = Pattern.compile(Vocabulary.word("outline.heading.style"));

    /** A numbered line: its numbering (roman, arabic, letter, dash), printed ordinal and title. */
    record Numbered(String numbering, String ordinal, String title) {
    }

    private HeadingRules() {
    }

    static Numbered numbered(String raw) {
        // "- a) …": a dash typed before the item's own number.
        String text = DASHED_NUMBER.matcher(raw).matches() ? raw.replaceFirst("^[-–—]\\s*", "") : raw;
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            return new Numbered("roman", m.group(1), m.group(2));
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            return new Numbered("arabic", m.group(1), m.group(2));
        }
        m = LETTER.matcher(text);
        if (m.matches()) {
            return new Numbered("letter", m.group(1), m.group(2));
        }
        m = DASH.matcher(text);
        if (m.matches()) {
            return new Numbered("dash", "-", m.group(1));
        }
        return null;
    }

    /** The level (1 …) a style name gives, or 0: "heading 2", "Heading2", "Tiêu đề 1". */
    static int styleLevel(String styleName) {
        if (styleName == null) {
            return 0;
        }
        Matcher m = HEADING_STYLE.matcher(styleName);
        return m.find() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** Word's own list formats: upperRoman, decimal, lowerLetter, bullet. */
    static String numberingOfFormat(String numFmt) {
        if (numFmt == null) {
            return null;
        }
        return switch (numFmt) {
            case "upperRoman", "lowerRoman" -> "roman";
            case "decimal" -> "arabic";
            case "lowerLetter", "upperLetter" -> "letter";
            case "bullet" -> "dash";
            default -> null;
        };
    }

    static boolean upperCase(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    /** Title as the outline prints it: one line, no trailing colon or semicolon. */
    static String title(String text) {
        String s = HeaderReader.clean(text);
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
