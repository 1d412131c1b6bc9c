package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned report template: the outline (đề cương) and its annex tables (phụ lục).
 *
 * @param anomalies
 *            when its figures count as out of line ({@link AnomalyThresholds#DEFAULTS} unless the template says)
 */
public record OutlineTemplate(String code, int version, String title, String description, String source,
        ReportType reportType, Frequency frequency, List<Section> sections, List<TableDef> tables,
        AnomalyThresholds anomalies) {

    public OutlineTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reportType, "reportType");
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        anomalies = anomalies == null ? AnomalyThresholds.DEFAULTS : anomalies;
    }

    public OutlineTemplate(String code, int version, String title, String description, String source,
            ReportType reportType, Frequency frequency, List<Section> sections, List<TableDef> tables) {
        this(code, version, title, description, source, reportType, frequency, sections, tables, null);
    }

    /** Whether any table has a column filled from an earlier period. */
    public boolean hasEarlierColumns() {
        return tables.stream().anyMatch(t -> t.columns().stream().anyMatch(Column::isEarlier));
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
