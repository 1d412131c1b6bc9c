package vn.tonghop.template.outlineimport;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tonghop.template.model.UnitLevel;

/** The unit levels a row label or a group heading speaks of: "CẤP HUYỆN, CẤP XÃ", "Bộ phận Một cửa xã b1". */
final class UnitWords {

    private static final Pattern DISTRICT = Pattern.compile(
            "\\b(huyện|quận|thị xã|thành phố thuộc tỉnh|thành phố trực thuộc tỉnh)\\b|^thành phố\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PROVINCE = Pattern.compile("\\b(tỉnh|thành phố trực thuộc trung ương)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DEPARTMENT = Pattern.compile("\\b(sở|ban, ngành|ngành|cơ quan chuyên môn)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMMUNE = Pattern.compile("\\b(xã|phường|thị trấn|đặc khu)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OFFICE = Pattern.compile("\\b(phòng|văn phòng)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Placeholders the author left for the units: "Xã.....", "Huyện B", "xã b1", "Sở A (nếu có)", "…". */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(\\.{3,}|…).*|.*\\s([A-ZĐ]|[a-zđ][0-9]+|[A-ZĐ][0-9]*)(\\s*\\(nếu có\\))?\\s*|\\(?nếu có\\)?");

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
        String rest = t.replace("thị xã", " ").replace("thị trấn", " thị-trấn ");
        if (COMMUNE.matcher(rest).find() || rest.contains("thị-trấn")) {
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
