package vn.tonghop.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionPageModel.ColumnView;
import vn.tonghop.submission.SubmissionPageModel.Grid;
import vn.tonghop.submission.SubmissionPageModel.GridCell;
import vn.tonghop.submission.SubmissionPageModel.GridRow;
import vn.tonghop.submission.SubmissionPageModel.HeaderView;
import vn.tonghop.submission.SubmissionPageModel.IssueView;
import vn.tonghop.submission.SubmissionPageModel.Output;
import vn.tonghop.template.Aggregator;
import vn.tonghop.template.AnnexNote;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * Builds the grids of the report form from the outline and the content: the unit's own row (and its subordinates' when
 * it consolidates them) in {@code units} tables, parent rows rolled up from their children in {@code fixed} tables,
 * computed columns filled by the same formula engine as the server's validation. Element ids are stable: {@code cell-
 *
<table>
 * -<row>-<column>}, {@code row-
 *
<table>
 * -<row>}, {@code total-
 *
<table>
 * -<column>}.
 */
final class SubmissionGrids {

    static final String FREE_ROW_PLACEHOLDER = "__KEY__";

    private static final FormulaEngine ENGINE = new FormulaEngine();
    private static final Aggregator AGGREGATOR = new Aggregator(ENGINE);

    /** How an element is marked: css class and the messages as its tooltip. */
    record Mark(String css, String title) {
    }

    private SubmissionGrids() {
    }

    static String cellId(String table, String row, String column) {
        return "cell-" + table + "-" + row + "-" + column;
    }

    static String cellName(String table, String row, String column) {
        return SubmissionForm.CELL + table + "." + row + "." + column;
    }

    static String rowId(String table, String row) {
        return "row-" + table + "-" + row;
    }

    static String totalId(String table, String column) {
        return "total-" + table + "-" + column;
    }

    static String explanationId(String code) {
        return "explanation-" + code.replaceAll("[^\\p{L}\\p{N}_.-]", "-");
    }

    /** Element ids an issue points at: its cells, else its row, table or section. */
    static List<String> targets(SubmissionIssue issue) {
        List<String> out = new ArrayList<>();
        if (issue.table() == null) {
            if (issue.column() != null) {
                out.add("section-" + issue.column());
            }
        } else if (issue.row() == null) {
            out.add("table-" + issue.table());
        } else if (issue.column() == null || issue.column().isBlank()) {
            out.add(rowId(issue.table(), issue.row()));
        } else {
            for (String c : issue.column().split(",")) {
                out.add(cellId(issue.table(), issue.row(), c.trim()));
            }
        }
        return out;
    }

    static Map<String, Mark> marks(List<SubmissionIssue> issues) {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        Set<String> errors = new LinkedHashSet<>();
        for (SubmissionIssue issue : issues) {
            for (String id : targets(issue)) {
                messages.computeIfAbsent(id, k -> new ArrayList<>()).add(issue.message());
                if (issue.isError()) {
                    errors.add(id);
                }
            }
        }
        Map<String, Mark> out = new HashMap<>();
        messages.forEach((id, list) -> out.put(id,
                new Mark(errors.contains(id) ? "is-invalid" : "is-warning", String.join("\n", list))));
        return out;
    }

    static List<IssueView> issueViews(List<SubmissionIssue> issues, Map<String, String> explanations) {
        List<IssueView> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SubmissionIssue i : issues) {
            String code = i.code() == null ? String.valueOf(out.size()) : i.code();
            if (!seen.add(code + "|" + i.message())) {
                continue;
            }
            List<String> targets = targets(i);
            out.add(new IssueView(code, i.isWarning(), i.message(), String.join(" ", targets),
                    targets.isEmpty() ? null : targets.get(0), explanationId(code),
                    explanations.getOrDefault(code, "")));
        }
        return out;
    }

    static Grid grid(TableDef table, SubmissionValidator.Scope scope, SubmissionContent content,
            Map<String, String> raw, boolean editable, Map<String, Mark> marks, AppMessages words) {
        TableContent typed = content.table(table.code()).orElse(new TableContent(null));
        List<GridRow> rows = new ArrayList<>();
        GridRow total = null;
        GridRow template = null;
        switch (table.rowModel()) {
            case UNITS -> {
                List<String> keys = new ArrayList<>();
                keys.add(scope.ownKey());
                scope.unitNames().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
                typed.rows().stream().map(RowContent::key).filter(k -> !keys.contains(k)).forEach(keys::add);
                List<Map<String, Object>> values = new ArrayList<>();
                for (String key : keys) {
                    Map<String, Object> cells = ENGINE.computeRow(table, cellsOf(typed, key));
                    values.add(cells);
                    boolean own = key.equals(scope.ownKey());
                    rows.add(row(table, key, String.valueOf(rows.size() + 1), scope.name(key), 0, own ? "own" : "unit",
                            cells, raw, editable, marks, words));
                }
                if (table.totalRow() && keys.size() > 1) {
                    total = totalRow(table, AGGREGATOR.aggregate(table, values), marks, words);
                }
            }
            case FIXED -> {
                Map<String, Map<String, Object>> leaves = new LinkedHashMap<>();
                typed.rows().forEach(r -> leaves.put(r.key(), new LinkedHashMap<>(r.cells())));
                Map<String, Map<String, Object>> all = AGGREGATOR.rollupFixedRows(table, leaves);
                Map<String, String> ordinals = fixedOrdinals(table.fixedRows(), "");
                for (FixedRow f : table.flattenFixedRows()) {
                    Map<String, Object> cells = all.getOrDefault(f.key(), Map.of());
                    rows.add(row(table, f.key(), ordinals.get(f.key()), f.label(), f.depth(),
                            f.isLeaf() ? "leaf" : "parent", cells, raw, editable, marks, words));
                }
                if (table.totalRow()) {
                    List<Map<String, Object>> roots = table.fixedRows().stream()
                            .map(r -> all.getOrDefault(r.key(), Map.of())).toList();
                    total = totalRow(table, AGGREGATOR.aggregate(table, roots), marks, words);
                }
            }
            case FREE -> {
                for (RowContent r : typed.rows()) {
                    rows.add(row(table, r.key(), String.valueOf(rows.size() + 1), null, 0, "free",
                            ENGINE.computeRow(table, new LinkedHashMap<>(r.cells())), raw, editable, marks, words));
                }
                if (editable && rows.isEmpty()) {
                    rows.add(row(table, "1", "1", null, 0, "free", ENGINE.computeRow(table, new LinkedHashMap<>()), raw,
                            true, marks, words));
                }
                if (editable) {
                    template = row(table, FREE_ROW_PLACEHOLDER, "", null, 0, "free",
                            ENGINE.computeRow(table, new LinkedHashMap<>()), Map.of(), true, Map.of(), words);
                }
            }
        }
        String notes = AnnexNote.of(table.notes(), null, null, scope.unitNames().get(scope.ownKey()));
        return new Grid(table.code(), table.title(), table.subtitle(), notes, table.rowModel().name(), headers(table),
                columns(table), rows, total, template, table.maxRows(), editable);
    }

    /** The computed values of every grid, for the page to put in place after a change. */
    static List<Output> outputs(OutlineTemplate outline, SubmissionValidator.Scope scope, SubmissionContent content,
            AppMessages words) {
        List<Output> out = new ArrayList<>();
        for (TableDef table : outline.tables()) {
            Grid grid = grid(table, scope, content, Map.of(), true, Map.of(), words);
            List<GridRow> rows = new ArrayList<>(grid.rows());
            if (grid.total() != null) {
                rows.add(grid.total());
            }
            for (GridRow r : rows) {
                for (GridCell c : r.cells()) {
                    if (c.output()) {
                        out.add(new Output(c.elementId(), c.display()));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Object> cellsOf(TableContent typed, String key) {
        return typed.row(key).map(r -> (Map<String, Object>) new LinkedHashMap<>(r.cells()))
                .orElseGet(LinkedHashMap::new);
    }

    /** 1, 2, 3 for the top rows; 1.1, 1.2 below them. */
    private static Map<String, String> fixedOrdinals(List<FixedRow> rows, String prefix) {
        Map<String, String> out = new HashMap<>();
        int n = 0;
        for (FixedRow r : rows) {
            String ordinal = prefix + (++n);
            out.put(r.key(), ordinal);
            out.putAll(fixedOrdinals(r.children(), ordinal + "."));
        }
        return out;
    }

    private static GridRow row(TableDef table, String key, String ordinal, String label, int depth, String kind,
            Map<String, Object> values, Map<String, String> raw, boolean editable, Map<String, Mark> marks,
            AppMessages words) {
        boolean typable = editable && !"parent".equals(kind);
        List<GridCell> cells = new ArrayList<>();
        int position = 0;
        for (Column c : table.columns()) {
            String id = cellId(table.code(), key, c.code());
            String name = cellName(table.code(), key, c.code());
            Object value = values.get(c.code());
            boolean input = typable && c.isTyped();
            String typedText = raw.get(name);
            String inputValue = typedText != null ? typedText : inputValue(c, value);
            Mark m = marks.get(id);
            String css = (m == null ? "" : m.css()) + (c.isEarlier() ? " cell-earlier" : "");
            cells.add(new GridCell(id, name, c.code(), input ? inputKind(c) : "output", inputValue,
                    display(c, value, words), position++, css.strip(), m == null ? null : m.title()));
        }
        String rowId = rowId(table.code(), key);
        Mark m = marks.get(rowId);
        return new GridRow(key, rowId, ordinal, label, depth, kind, cells, m == null ? "" : m.css(),
                m == null ? null : m.title());
    }

    private static GridRow totalRow(TableDef table, Map<String, Object> values, Map<String, Mark> marks,
            AppMessages words) {
        List<GridCell> cells = new ArrayList<>();
        int position = 0;
        for (Column c : table.columns()) {
            String id = totalId(table.code(), c.code());
            cells.add(new GridCell(id, null, c.code(), "output", null, display(c, values.get(c.code()), words),
                    position++, "", null));
        }
        return new GridRow("total", "row-" + table.code() + "-total", "", table.totalLabel(), 0, "total", cells, "",
                null);
    }

    private static String inputKind(Column c) {
        return switch (c.type()) {
            case INTEGER -> "number";
            case DECIMAL, PERCENT -> "decimal";
            case DATE -> "date";
            case BOOLEAN -> "bool";
            case TEXT -> "text";
        };
    }

    /** A stored value as its input shows it: 1.315, 12,5, 2017-04-01, true. */
    private static String inputValue(Column c, Object value) {
        if (value == null || value instanceof vn.tonghop.template.CellValues.Invalid) {
            return "";
        }
        if (c.type().isNumeric()) {
            return VietnameseNumbers.format(value);
        }
        return value.toString();
    }

    /** A value for reading: 1.315, 61,54, 01/04/2017, yes/no in the reader's language. */
    static String display(Column c, Object value, AppMessages words) {
        if (value == null || value instanceof vn.tonghop.template.CellValues.Invalid) {
            return "";
        }
        if (c.type().isNumeric()) {
            if (value instanceof BigDecimal d && c.isComputed()) {
                return VietnameseNumbers.format(d.setScale(c.effectiveScale(), java.math.RoundingMode.HALF_UP));
            }
            return VietnameseNumbers.format(value);
        }
        if (c.type() == ColumnType.DATE) {
            try {
                return LocalDate.parse(value.toString()).format(vn.tonghop.platform.time.PortalClock.DATE);
            } catch (java.time.format.DateTimeParseException e) {
                return value.toString();
            }
        }
        if (c.type() == ColumnType.BOOLEAN) {
            return Boolean.TRUE.equals(value) || "true".equals(value.toString()) ? words.yes() : words.no();
        }
        return value.toString();
    }

    private static List<List<HeaderView>> headers(TableDef table) {
        List<List<HeaderView>> out = new ArrayList<>();
        for (List<HeaderCell> r : table.headerRows()) {
            List<HeaderView> row = new ArrayList<>();
            for (HeaderCell h : r) {
                String unit = h.isLeaf() ? table.column(h.columnCode()).map(Column::unit).orElse(null) : null;
                row.add(new HeaderView(h.text(), h.colSpan(), h.rowSpan(), unit, h.isLeaf()));
            }
            out.add(row);
        }
        return out;
    }

    private static List<ColumnView> columns(TableDef table) {
        return table.columns().stream()
                .map(c -> new ColumnView(c.code(), c.header(), c.type().yamlName(), c.isComputed())).toList();
    }

    static boolean isUnits(TableDef table) {
        return table.rowModel() == RowModel.UNITS;
    }
}
