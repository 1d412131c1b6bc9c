package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;

import vn.tonghop.submission.SheetLines.Kind;
import vn.tonghop.submission.SheetLines.Line;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.TableDef;

/**
 * The locked cells of a sheet that Excel computes: a computed column as a formula over its row when the template
 * formula translates (see {@link ExcelFormula}), else the portal's value; a heading or total as its column's rollup
 * over the leaf rows.
 */
final class SheetFormulas {

    private SheetFormulas() {
    }

    /** A computed cell: an Excel formula over the row when translatable, else the portal's value. */
    static void computed(Cell cell, TableDef table, Column column, int rowIndex, Line line,
            Map<String, Boolean> translatable) {
        Optional<String> formula = translatable.getOrDefault(column.code(), false)
                ? ExcelFormula.translate(column.formula(), refs(table, rowIndex, translatable), column.effectiveScale())
                : Optional.empty();
        if (formula.isPresent()) {
            cell.setCellFormula(formula.get());
        } else if (line.kind() == Kind.INPUT) {
            Object v = line.cells().get(column.code());
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(String.valueOf(v));
            }
        }
    }

    /** A heading or total cell: the column's rollup over the leaf rows, as Excel would compute it. */
    static void rollup(Cell cell, Column column, Line line, Map<String, Integer> rowOfKey) {
        String function = switch (column.rollup()) {
            case SUM -> "SUM";
            case AVERAGE -> "AVERAGE";
            case MIN -> "MIN";
            case MAX -> "MAX";
            case COUNT -> "COUNTA";
            default -> null;
        };
        boolean numeric = column.type().isNumeric() || (column.type() == ColumnType.DATE
                && (column.rollup() == RollupRule.MIN || column.rollup() == RollupRule.MAX));
        if (function == null || (!numeric && column.rollup() != RollupRule.COUNT)) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        for (String key : line.leafKeys()) {
            Integer r = rowOfKey.get(key);
            if (r != null) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String ranges = ranges(cell.getColumnIndex(), rows);
        cell.setCellFormula(column.rollup() == RollupRule.COUNT ? "COUNTA(" + ranges + ")"
                : "IF(COUNT(" + ranges + ")=0,\"\"," + function + "(" + ranges + "))");
    }

    /** "E8:E9,E11" for rows 7, 8 and 10 (0-based). */
    static String ranges(int col, List<Integer> rows) {
        String letter = CellReference.convertNumToColString(col);
        List<String> parts = new ArrayList<>();
        int start = rows.get(0);
        int prev = start;
        for (int i = 1; i <= rows.size(); i++) {
            int r = i < rows.size() ? rows.get(i) : Integer.MIN_VALUE;
            if (r != prev + 1) {
                parts.add(start == prev ? letter + (start + 1) : letter + (start + 1) + ":" + letter + (prev + 1));
                start = r;
            }
            prev = r;
        }
        return String.join(",", parts);
    }

    /** Which computed columns translate, given that a formula may read another computed column that translates. */
    static Map<String, Boolean> translatableColumns(TableDef table) {
        Map<String, Boolean> ok = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Column c : table.computedColumns()) {
                if (!ok.getOrDefault(c.code(), false)
                        && ExcelFormula.translate(c.formula(), refs(table, 0, ok), c.effectiveScale()).isPresent()) {
                    ok.put(c.code(), true);
                    changed = true;
                }
            }
        }
        return ok;
    }

    /** Numeric columns a formula may read in this row: inputs, and computed columns that are formulas too. */
    private static Map<String, String> refs(TableDef table, int rowIndex, Map<String, Boolean> translatable) {
        Map<String, String> refs = new HashMap<>();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.type().isNumeric() && (!c.isComputed() || translatable.getOrDefault(c.code(), false))) {
                refs.put(c.code(), CellReference.convertNumToColString(TableDef.STUB_COLUMNS + i) + (rowIndex + 1));
            }
        }
        return refs;
    }
}
