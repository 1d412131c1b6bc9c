package vn.tonghop.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.CellValues;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.RuleViolation;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;

/**
 * Checks a report against its outline in two steps. {@link #normalise} refuses what cannot be stored at all (unknown
 * section, table, row or column; text in a number column) and returns the content as stored: sanitised narratives,
 * typed cells, computed columns dropped, free rows numbered. {@link #rules} lists what a unit must fix or explain
 * before submitting (required cells and sections, bounds, template rules); drafts are saved with those.
 */
public final class SubmissionValidator {

    /** Hard cap on one narrative, whatever the outline says: keeps a paste accident out of the database. */
    static final int MAX_SECTION_CHARS = 200_000;

    /**
     * Who writes: the unit's own row key in {@code units} tables and the other unit rows it may fill (units below it,
     * when it consolidates its subordinates' figures), with their names for messages.
     */
    public record Scope(String ownKey, Map<String, String> unitNames) {
        public boolean allows(String key) {
            return ownKey.equals(key) || unitNames.containsKey(key);
        }

        public String name(String key) {
            return unitNames.getOrDefault(key, key);
        }
    }

    /** The content as it will be stored, or the reasons it cannot be. */
    public record Normalised(SubmissionContent content, List<SubmissionIssue> errors) {
        public boolean isStorable() {
            return errors.isEmpty();
        }
    }

    private final FormulaEngine engine;
    private final SubmissionMessages msg;

    public SubmissionValidator(FormulaEngine engine, SubmissionMessages msg) {
        this.engine = engine;
        this.msg = msg;
    }

    public Normalised normalise(OutlineTemplate outline, SubmissionContent input, Scope scope) {
        List<SubmissionIssue> errors = new ArrayList<>();
        Map<String, String> sections = new LinkedHashMap<>();
        input.sections().forEach((code, text) -> {
            Section s = outline.section(code).orElse(null);
            if (s == null) {
                errors.add(error(null, null, code, msg.unknownSection(code), code));
            } else if (text != null && !text.isBlank() && s.kind() != SectionKind.TEXT) {
                errors.add(error(null, null, code, msg.sectionNotText(s.heading()), code));
            } else if (text != null && text.length() > MAX_SECTION_CHARS) {
                errors.add(error(null, null, code, msg.sectionTooLong(s.heading(), MAX_SECTION_CHARS), code));
            } else {
                sections.put(code, NarrativeSanitizer.sanitize(text));
            }
        });
        Map<String, TableContent> tables = new LinkedHashMap<>();
        input.tables().forEach((code, content) -> {
            TableDef table = outline.table(code).orElse(null);
            if (table == null) {
                errors.add(error(code, null, null, msg.unknownTable(code), code));
                return;
            }
            tables.put(code, normaliseTable(table, content == null ? new TableContent(null) : content, scope, errors));
        });
        return new Normalised(new SubmissionContent(sections, tables, input.explanations()), List.copyOf(errors));
    }

    private TableContent normaliseTable(TableDef table, TableContent content, Scope scope,
            List<SubmissionIssue> errors) {
        String name = tableName(table);
        Map<String, FixedRow> fixed = new LinkedHashMap<>();
        table.flattenFixedRows().forEach(r -> fixed.put(r.key(), r));
        if (table.rowModel() == RowModel.FREE && table.maxRows() != null && content.rows().size() > table.maxRows()) {
            errors.add(error(table.code(), null, null, msg.tooManyRows(name, table.maxRows()), table.code()));
        }
        Set<String> seen = new HashSet<>();
        List<RowContent> rows = new ArrayList<>();
        int freeNumber = 0;
        for (RowContent row : content.rows()) {
            String key = row.key();
            if (table.rowModel() == RowModel.FREE) {
                freeNumber++;
                key = key == null || key.isBlank() ? String.valueOf(freeNumber) : key;
            } else if (key == null || key.isBlank()) {
                errors.add(error(table.code(), null, null, msg.unknownRow(name, ""), table.code()));
                continue;
            }
            if (!seen.add(key)) {
                errors.add(error(table.code(), key, null, msg.duplicateRow(name, key), table.code() + "/" + key));
                continue;
            }
            String label = key;
            if (table.rowModel() == RowModel.UNITS) {
                if (!scope.allows(key)) {
                    errors.add(error(table.code(), key, null, msg.rowOutsideUnit(name, key), table.code() + "/" + key));
                    continue;
                }
                label = scope.name(key);
            } else if (table.rowModel() == RowModel.FIXED) {
                FixedRow f = fixed.get(key);
                if (f == null) {
                    errors.add(error(table.code(), key, null, msg.unknownRow(name, key), table.code() + "/" + key));
                    continue;
                }
                label = f.label();
                if (!f.isLeaf()) {
                    if (row.cells().values().stream().anyMatch(v -> !isBlank(v))) {
                        errors.add(error(table.code(), key, null, msg.headingRowTyped(name, label),
                                table.code() + "/" + key));
                    }
                    continue;
                }
            }
            rows.add(new RowContent(key, normaliseCells(table, key, label, row.cells(), errors)));
        }
        return new TableContent(rows);
    }

    private Map<String, Object> normaliseCells(TableDef table, String key, String label, Map<String, Object> cells,
            List<SubmissionIssue> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        String name = tableName(table);
        for (Map.Entry<String, Object> e : cells.entrySet()) {
            Column column = table.column(e.getKey()).orElse(null);
            if (column == null) {
                errors.add(error(table.code(), key, e.getKey(), msg.unknownColumn(name, e.getKey()),
                        code(table, key, e.getKey())));
                continue;
            }
            if (!column.isTyped()) {
                continue; // computed, or filled from an earlier period
            }
            Object value = CellValues.normalize(column, e.getValue());
            if (value instanceof CellValues.Invalid invalid) {
                errors.add(error(
                        table.code(), key, column.code(), msg.badValue(name, label, header(column),
                                String.valueOf(invalid.raw()), msg.typeName(column.type())),
                        code(table, key, column.code())));
                continue;
            }
            out.put(column.code(), value instanceof LocalDate d ? d.toString() : value);
        }
        return out;
    }

    /**
     * What stands between a stored report and its submission: required sections and cells, bounds, and the template's
     * rules, each with the cells to highlight. Warnings are included; the caller decides whether they are explained.
     */
    public List<SubmissionIssue> rules(OutlineTemplate outline, SubmissionContent content, Scope scope) {
        List<SubmissionIssue> issues = new ArrayList<>();
        for (Section s : outline.flattenSections()) {
            if (s.kind() != SectionKind.TEXT) {
                continue;
            }
            String plain = NarrativeSanitizer.plainText(content.section(s.code()));
            if (s.required() && plain.isBlank()) {
                issues.add(error(null, null, s.code(), msg.sectionRequired(s.heading()), s.code()));
            }
            if (s.maxLength() != null && plain.length() > s.maxLength()) {
                issues.add(error(null, null, s.code(), msg.sectionTooLong(s.heading(), s.maxLength()), s.code()));
            }
        }
        for (TableDef table : outline.tables()) {
            TableContent rows = content.table(table.code()).orElse(new TableContent(null));
            if (table.rowModel() == RowModel.UNITS && rows.row(scope.ownKey()).isEmpty()
                    && table.columns().stream().anyMatch(Column::required)) {
                issues.add(error(table.code(), scope.ownKey(), null, msg.ownRowMissing(tableName(table)),
                        table.code() + "/" + scope.ownKey()));
            }
            for (RowContent row : rows.rows()) {
                boolean own = table.rowModel() == RowModel.UNITS && scope.ownKey().equals(row.key());
                if (!own && row.cells().values().stream().allMatch(SubmissionValidator::isBlank)) {
                    continue; // an untouched row of a fixed or free table, or a subordinate that has not reported
                }
                rowIssues(table, row, label(table, row.key(), scope), issues);
            }
        }
        return issues;
    }

    private void rowIssues(TableDef table, RowContent row, String label, List<SubmissionIssue> issues) {
        String name = tableName(table);
        for (Column c : table.columns()) {
            if (!c.isTyped()) {
                continue;
            }
            Object v = CellValues.normalize(c, row.cells().get(c.code()));
            String code = code(table, row.key(), c.code());
            if (v == null) {
                if (c.required()) {
                    issues.add(
                            error(table.code(), row.key(), c.code(), msg.cellRequired(name, label, header(c)), code));
                }
            } else if (v instanceof BigDecimal d) {
                if (c.min() != null && d.compareTo(c.min()) < 0) {
                    issues.add(error(table.code(), row.key(), c.code(),
                            msg.belowMin(name, label, header(c), c.min().toPlainString()), code));
                }
                if (c.max() != null && d.compareTo(c.max()) > 0) {
                    issues.add(error(table.code(), row.key(), c.code(),
                            msg.aboveMax(name, label, header(c), c.max().toPlainString()), code));
                }
                if (c.type() == ColumnType.INTEGER && d.stripTrailingZeros().scale() > 0) {
                    issues.add(error(table.code(), row.key(), c.code(), msg.notInteger(name, label, header(c)), code));
                }
            }
        }
        List<RuleViolation> broken = engine.checkRow(table, new LinkedHashMap<>(row.cells()));
        for (RuleViolation v : broken) {
            int index = ruleIndex(table, v.expr());
            String severity = v.isError() ? SubmissionIssue.ERROR : SubmissionIssue.WARNING;
            issues.add(new SubmissionIssue(table.code(), row.key(), String.join(",", v.columns()),
                    msg.ruleBroken(name, label, v.message()), severity,
                    table.code() + "/" + row.key() + "/rule-" + index));
        }
    }

    private static int ruleIndex(TableDef table, String expr) {
        for (int i = 0; i < table.rules().size(); i++) {
            if (table.rules().get(i).expr().equals(expr)) {
                return i + 1;
            }
        }
        return 0;
    }

    static String tableName(TableDef table) {
        return table.title() == null || table.title().isBlank() ? table.code() : table.title();
    }

    private static String label(TableDef table, String key, Scope scope) {
        return switch (table.rowModel()) {
            case UNITS -> scope.name(key);
            case FIXED -> table.flattenFixedRows().stream().filter(r -> r.key().equals(key)).findFirst()
                    .map(FixedRow::label).orElse(key);
            case FREE -> key;
        };
    }

    private static String header(Column c) {
        return c.header() == null ? c.code() : c.header();
    }

    private static String code(TableDef table, String row, String column) {
        return table.code() + "/" + row + "/" + column;
    }

    private static SubmissionIssue error(String table, String row, String column, String message, String code) {
        return new SubmissionIssue(table, row, column, message, SubmissionIssue.ERROR, code);
    }

    private static boolean isBlank(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
