package vn.tonghop.template.outlineimport;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.model.UnitLevel;

/** The unit levels a row label or a group heading speaks of: "CẤP HUYỆN, CẤP XÃ", "Bộ phận Một cửa xã b1". */
final class UnitWords {

    private static final Pattern DISTRICT = Pattern.compile(Vocabulary.word("units.district"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PROVINCE = Pattern.compile(Vocabulary.word("units.province"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DEPARTMENT = Pattern.compile(Vocabulary.word("units.department"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMMUNE = Pattern.compile(Vocabulary.word("units.commune"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OFFICE = Pattern.compile(Vocabulary.word("units.office"),
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Placeholders the author left for the units: "Xã.....", "Huyện B", "xã b1", "Sở A (nếu có)", "…". */
    private static final Pattern PLACEHOLDER = Pattern.compile(Vocabulary.word("units.placeholder"));

    private UnitWords() {
    }

    static Set<UnitLevel> levels(String text) {
        String t = HeaderReader.lower(text);
        Set<UnitLevel> out = EnumSet.noneOf(UnitLevel.class);
        Matcher d = DISTRICT.matcher(t);
        if (d.find()) {
            out.add(UnitLevel.DISTRICT);
        }
        // "thị xã" is a district, not a commune.
        String rest = t.replace(Vocabulary.word("units.town"), " ").replace(Vocabulary.word("units.townlet"),
                " " + Vocabulary.word("units.townletMark") + " ");
        if (COMMUNE.matcher(rest).find() || rest.contains(Vocabulary.word("units.townletMark"))) {
            out.add(UnitLevel.COMMUNE);
        }
        if (PROVINCE.matcher(t).find()) {
            out.add(UnitLevel.PROVINCE);
        }
        if (DEPARTMENT.matcher(t).find()) {
            out.add(UnitLevel.DEPARTMENT);
        }
        if (out.isEmpty() && OFFICE.matcher(t).find()) {
            out.add(UnitLevel.OFFICE);
        }
        return out;
    }

    static boolean placeholder(String label) {
        String s = label.strip();
        return s.isEmpty() || PLACEHOLDER.matcher(s).matches() || s.matches("[.…\\s]+");
    }
}
