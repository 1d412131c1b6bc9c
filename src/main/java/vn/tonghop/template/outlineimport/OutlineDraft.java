package vn.tonghop.template.outlineimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.tonghop.template.model.AnomalyThresholds;

/**
 * A template as the builder edits it: a flat list of sections with their level, and tables whose columns carry their
 * group titles, so that a form can rename, reorder and indent without knowing YAML. It says everything a template says
 * ({@link DraftConversion} turns it into one and back without loss), so the builder and the YAML tab stay in step.
 */
public record OutlineDraft(String code, String title, String description, String source, String reportType,
        String frequency, List<SectionDraft> sections, List<TableDraft> tables, AnomalyThresholds anomalies) {

    public OutlineDraft {
        sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
        tables = tables == null ? new ArrayList<>() : new ArrayList<>(tables);
    }

    /**
     * @param level
     *            1 for a top section, 2 for its children …
     * @param numbering
     *            roman, arabic, letter, dash or none
     * @param ordinal
     *            the printed number when it is not the next one ("3" after "1"), else null
     * @param kind
     *            text, table or group; null when it follows from the rest (table set, children present)
     * @param optional
     *            the writer may leave it empty
     * @param table
     *            code of the table this section holds, or null for a text section
     */
    public record SectionDraft(String code, String title, int level, String numbering, String ordinal, String guidance,
            String kind, boolean optional, Integer maxLength, String table) {
    }

    /**
     * @param rowsKind
     *            units (one row per reporting unit), fixed (the rows below) or free (the unit adds rows)
     * @param total
     *            a total row; null keeps the default of the row kind
     */
    public record TableDraft(String code, String title, String subtitle, String notes, List<ColumnDraft> columns,
            String rowsKind, List<RowDraft> rows, List<GroupDraft> groups, String labelHeader, Boolean total,
            String totalLabel, Boolean issuerRow, String issuerRowLabel, Integer maxRows, List<RuleDraft> rules) {

        public TableDraft {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : List.copyOf(rows);
            groups = groups == null ? List.of() : List.copyOf(groups);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /**
     * @param group
     *            the title of the header group right above the column, or null
     * @param groups
     *            all group titles above it, outermost first (adjacent columns with the same path share the groups)
     * @param earlierColumn
     *            the column whose earlier value this one shows, or null
     * @param earlierPeriod
     *            previous or same-last-year, with {@code earlierColumn}
     */
    public record ColumnDraft(String code, String title, String group, List<String> groups, String type, String unit,
            boolean required, BigDecimal min, BigDecimal max, String rollup, String formula, Integer scale,
            String earlierColumn, String earlierPeriod) {

        public ColumnDraft {
            groups = groups == null ? List.of() : List.copyOf(groups);
            group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        }
    }

    /** A fixed row; {@code level} 1 for a top row, 2 for a row under it. */
    public record RowDraft(String key, String title, int level) {
    }

    /** A block of unit rows: the unit levels it holds and its heading. */
    public record GroupDraft(List<String> levels, String label, String subgroupBy, Boolean subtotal) {
        public GroupDraft {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    public record RuleDraft(String expr, String severity, String message) {
    }

    /** Something of the file that was not understood, and where it is ("Bảng 2, ô E7"). */
    public record Warning(String where, String message) {
    }
}
