package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A versioned report template: the outline (đề cương) and its annex tables (phụ lục). */
public record OutlineTemplate(String code, int version, String title, String description, String source,
        ReportType reportType, Frequency frequency, List<Section> sections, List<TableDef> tables) {

    public OutlineTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reportType, "reportType");
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public Optional<TableDef> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Section> section(String code) {
        return flattenSections().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** All sections depth first, in reading order. */
    public List<Section> flattenSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.addAll(s.flatten());
        }
        return out;
    }
}
