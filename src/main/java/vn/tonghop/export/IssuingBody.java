package vn.tonghop.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.unit.Unit;

/**
 * Who issues a document, as its header block prints it, derived from the issuing unit and its parent.
 * <ul>
 * <li>A People's Committee prints its full name in capitals and no superior body, as the seed letters 675/UBND-VP and
 * the Hoàng Mai letter do: "UBND thị xã Bỉm Sơn" → "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", place "Bỉm Sơn".</li>
 * <li>Any other body prints its parent (abbreviated) above its own name without the locality they share: "Sở Nội vụ
 * tỉnh Thanh Hóa" under "UBND tỉnh Thanh Hóa" → "UBND TỈNH THANH HÓA" over "SỞ NỘI VỤ", place "Thanh Hóa".</li>
 * </ul>
 *
 * @param superiorBody
 *            null when none is printed
 * @param place
 *            the locality of the date line; null when no name says it
 */
public record IssuingBody(String superiorBody, String issuingBody, String place) {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String COMMITTEE = DocumentWording.text("header.committee");
    private static final Pattern COMMITTEE_PREFIX = Pattern.compile(
            "^(?:" + Vocabulary.word("unitName.committee") + ")\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An administrative word followed by the locality's name. */
    private static final Pattern ADMIN_WORD = Pattern.compile(
            "(?<=^|\\s)(?:" + String.join("|", Vocabulary.words("unitName.adminWords")) + ")\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A name split at its last administrative word: "Sở Nội vụ" and "Thanh Hóa". */
    private record Split(String before, String place) {
    }

    public static IssuingBody of(Unit unit, Unit parent) {
        String name = clean(unit.name);
        Matcher committee = COMMITTEE_PREFIX.matcher(name);
        if (committee.matches()) {
            return new IssuingBody(null, upper(COMMITTEE + " " + committee.group(1)), locality(name));
        }
        String parentName = parent == null ? null : clean(parent.name);
        String parentPlace = parentName == null ? null : locality(parentName);
        String own = name;
        Split split = split(name);
        if (split != null && parentPlace != null && split.place().equalsIgnoreCase(parentPlace)
                && !split.before().isBlank()) {
            own = split.before();
        }
        String superior = parentName == null ? null : upper(abbreviate(parentName));
        String place = parentPlace != null ? parentPlace : locality(name);
        return new IssuingBody(superior, upper(own), place);
    }

    /** "Bỉm Sơn" from "UBND thị xã Bỉm Sơn"; null when the name has no administrative word. */
    static String locality(String name) {
        Split split = split(name);
        return split == null ? null : split.place();
    }

    private static Split split(String name) {
        Matcher m = ADMIN_WORD.matcher(name);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        return start < 0 ? null : new Split(name.substring(0, start).trim(), name.substring(end).trim());
    }

    private static String abbreviate(String name) {
        Matcher committee = COMMITTEE_PREFIX.matcher(name);
        return committee.matches() ? "UBND " + committee.group(1) : name;
    }

    private static String clean(String text) {
        return Normalizer.normalize(text == null ? "" : text.trim(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
