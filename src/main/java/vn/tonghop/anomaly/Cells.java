package vn.tonghop.anomaly;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/** The typed-in figures of one report that can be compared: its own row of unit tables, each row of fixed tables. */
final class Cells {

    /** Where a figure is, the same for every unit: a unit's own row is "own" so that peers line up. */
    record Where(String table, String row, String column) {
    }

    /** A figure and the labels an official reads it by. */
    record Figure(Where where, String rowKey, String rowLabel, String tableTitle, String columnTitle,
            BigDecimal value) {
    }

    private Cells() {
    }

    static Map<Where, Figure> of(OutlineTemplate outline, SubmissionContent content, String unitCode, String unitName) {
        Map<Where, Figure> out = new LinkedHashMap<>();
        for (TableDef t : outline.tables()) {
            var table = content.table(t.code());
            if (table.isEmpty()) {
                continue;
            }
            String title = t.title() == null ? t.code() : t.title();
            if (t.rowModel() == RowModel.UNITS) {
                table.get().row(unitCode).ifPresent(r -> add(out, t, title, "own", r, unitName));
            } else if (t.rowModel() == RowModel.FIXED) {
                for (FixedRow f : t.flattenFixedRows()) {
                    table.get().row(f.key()).ifPresent(r -> add(out, t, title, f.key(), r, f.label()));
                }
            }
        }
        return out;
    }

    private static void add(Map<Where, Figure> out, TableDef t, String title, String row, RowContent r, String label) {
        for (Column c : t.columns()) {
            if (!c.isTyped() || (c.type() != ColumnType.INTEGER && c.type() != ColumnType.DECIMAL)) {
                continue;
            }
            BigDecimal value = number(r.cells().get(c.code()));
            if (value != null) {
                Where w = new Where(t.code(), row, c.code());
                out.put(w, new Figure(w, r.key(), label, title, c.header(), value));
            }
        }
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
