package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.submission.SubmissionView.RowView;
import vn.tonghop.submission.SubmissionView.TableView;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * The rows of one table's sheet, in order and numbered as in official annexes: input rows (the unit's own first in a
 * units table, blank ones to fill in a free table), headings over their leaves, and the total row.
 */
final class SheetLines {

    static final int DEFAULT_FREE_ROWS = 50;

    enum Kind {
        INPUT, HEADING, TOTAL
    }

    /** A table row to write: an input row, a heading row (rollup of its leaves) or the total row. */
    record Line(Kind kind, String key, String ordinal, String label, int depth, Map<String, Object> cells,
            List<String> leafKeys) {
    }

    private SheetLines() {
    }

    static List<Line> of(TableDef table, TableView view, SubmissionValidator.Scope scope) {
        List<RowView> typed = view == null ? List.of() : view.rows();
        Map<String, RowView> byKey = new LinkedHashMap<>();
        typed.forEach(r -> byKey.put(r.key(), r));
        List<Line> out = new ArrayList<>();
        switch (table.rowModel()) {
            case UNITS -> {
                List<RowView> rows = new ArrayList<>(typed);
                rows.sort((a, b) -> Boolean.compare(!scope.ownKey().equals(a.key()), !scope.ownKey().equals(b.key())));
                int n = 0;
                for (RowView r : rows) {
                    out.add(new Line(Kind.INPUT, r.key(), String.valueOf(++n), r.label(), 0, r.cells(), null));
                }
            }
            case FIXED -> fixedLines(table.fixedRows(), 0, byKey, out, new int[] { 0 }, new int[] { 0 });
            case FREE -> {
                int count = Math.max(table.maxRows() != null ? table.maxRows() : DEFAULT_FREE_ROWS,
                        table.maxRows() != null ? typed.size() : typed.size() + 10);
                for (int i = 0; i < count; i++) {
                    Map<String, Object> cells = i < typed.size() ? typed.get(i).cells() : Map.of();
                    out.add(new Line(Kind.INPUT, "", String.valueOf(i + 1), "", 0, cells, null));
                }
            }
        }
        List<String> leaves = out.stream().filter(l -> l.kind() == Kind.INPUT).map(Line::key).toList();
        boolean total = table.rowModel() != RowModel.FREE && table.totalRow()
                && (table.rowModel() == RowModel.FIXED || leaves.size() > 1);
        if (total) {
            out.add(new Line(Kind.TOTAL, null, "", table.totalLabel(), 0, Map.of(), leaves));
        }
        return out;
    }

    /** Headings at the top level are numbered I, II …; rows under a heading 1, 2 …, as in official annexes. */
    private static void fixedLines(List<FixedRow> rows, int depth, Map<String, RowView> typed, List<Line> out,
            int[] roman, int[] arabic) {
        int[] local = depth == 0 ? arabic : new int[] { 0 };
        for (FixedRow r : rows) {
            Map<String, Object> cells = typed.containsKey(r.key()) ? typed.get(r.key()).cells() : Map.of();
            if (r.isLeaf()) {
                out.add(new Line(Kind.INPUT, r.key(), String.valueOf(++local[0]), r.label(), depth, cells, null));
            } else {
                String ordinal = depth == 0 ? roman(++roman[0]) : String.valueOf(++local[0]);
                List<String> leaves = r.flatten().stream().filter(FixedRow::isLeaf).map(FixedRow::key).toList();
                out.add(new Line(Kind.HEADING, r.key(), ordinal, r.label(), depth, Map.of(), leaves));
                fixedLines(r.children(), depth + 1, typed, out, roman, arabic);
            }
        }
    }

    private static String roman(int n) {
        String[] r = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        int[] v = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                s.append(r[i]);
                n -= v[i];
            }
        }
        return s.toString();
    }
}
