package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item of the outline (đề cương). {@code ordinal} is the computed (or overridden) label without punctuation: "I",
 * "2", "đ", "-" or "".
 */
public record Section(String code, String ordinal, NumberingStyle numbering, String title, String guidance,
        SectionKind kind, boolean required, Integer maxLength, String tableCode, List<Section> children, int depth) {

    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(kind, "kind");
        ordinal = ordinal == null ? "" : ordinal;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** Default of {@code required} when the YAML omits it: what the writer must fill is required. */
    public static boolean defaultRequired(SectionKind kind) {
        return kind != SectionKind.GROUP;
    }

    /** "I.", "1.", "a)", "-" or "" as printed before the title. */
    public String label() {
        return numbering.decorate(ordinal);
    }

    /** "I. Kết quả triển khai". */
    public String heading() {
        String label = label();
        return label.isEmpty() ? title : label + " " + title;
    }

    /** This section then its descendants, depth first. */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        for (Section c : s.children) {
            collect(c, out);
        }
    }
}
