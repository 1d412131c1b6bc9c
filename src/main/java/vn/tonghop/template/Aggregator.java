package vn.tonghop.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.TableDef;

/**
 * Consolidates rows (units' rows, children of a fixed row) into one row: each input column by its rollup rule over the
 * non-empty values, then every computed column re-evaluated on the consolidated inputs, so a percentage is a ratio of
 * sums and never a sum or average of ratios.
 */
public final class Aggregator {

    private final FormulaEngine engine;

    public Aggregator(FormulaEngine engine) {
        this.engine = engine;
    }

    public Aggregator() {
        this(new FormulaEngine());
    }

    /**
     * One consolidated row with a value (possibly null) for every column. With no non-empty value, sum, average, min
     * and max give null (not 0: nobody reported), count gives 0.
     */
    public Map<String, Object> aggregate(TableDef table, List<Map<String, Object>> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            if (c.isComputed()) {
                out.put(c.code(), null);
                continue;
            }
            if (c.rollup() == RollupRule.SUM && c.type().isNumeric()) {
                out.put(c.code(), sum(c, rows));
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Object v = row == null ? null : CellValues.normalize(c, row.get(c.code()));
                if (!CellValues.isEmpty(v)) {
                    values.add(v);
                }
            }
            out.put(c.code(), rollup(c, values));
        }
        // Not computeRow: it would re-type a count over a text column back into text.
        return engine.fillComputed(table, out);
    }

    /**
     * Fills the parent rows of a FIXED table from their children, bottom up. {@code rowsByKey} holds the typed leaf
     * rows by {@link FixedRow#key()}; the result holds every row (leaves recomputed, parents aggregated).
     */
    public Map<String, Map<String, Object>> rollupFixedRows(TableDef table,
            Map<String, Map<String, Object>> rowsByKey) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (FixedRow root : table.fixedRows()) {
            fill(table, root, rowsByKey, out);
        }
        return out;
    }

    private Map<String, Object> fill(TableDef table, FixedRow row, Map<String, Map<String, Object>> input,
            Map<String, Map<String, Object>> out) {
        Map<String, Object> values;
        if (row.isLeaf()) {
            Map<String, Object> typed = input.get(row.key());
            values = engine.computeRow(table, typed == null ? new HashMap<>() : typed);
        } else {
            List<Map<String, Object>> children = new ArrayList<>();
            out.put(row.key(), null); // keep display order: parent before children
            for (FixedRow child : row.children()) {
                children.add(fill(table, child, input, out));
            }
            values = aggregate(table, children);
        }
        out.put(row.key(), values);
        return values;
    }

    /**
     * A numeric column's sum without listing its values first: the same result as {@link #rollup} (null for no value,
     * null once a value is not a number), for the totals of a national rollup's 10,600 rows.
     */
    private static BigDecimal sum(Column c, List<Map<String, Object>> rows) {
        BigDecimal sum = null;
        for (Map<String, Object> row : rows) {
            Object v = row == null ? null : row.get(c.code());
            if (v == null) {
                continue;
            }
            if (!(v instanceof BigDecimal)) {
                v = CellValues.normalize(c, v);
                if (CellValues.isEmpty(v)) {
                    continue;
                }
                if (!(v instanceof BigDecimal)) {
                    return null;
                }
            }
            sum = sum == null ? (BigDecimal) v : sum.add((BigDecimal) v);
        }
        return sum;
    }

    private static Object rollup(Column c, List<Object> values) {
        RollupRule rule = c.rollup();
        if (rule == RollupRule.COUNT) {
            return BigDecimal.valueOf(values.size());
        }
        if (rule == RollupRule.NONE || rule == RollupRule.RECOMPUTE || values.isEmpty()) {
            return null;
        }
        switch (rule) {
            case SUM, AVERAGE -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (Object v : values) {
                    if (!(v instanceof BigDecimal d)) {
                        return null; // the parser only allows sum/average on numeric columns
                    }
                    sum = sum.add(d);
                }
                if (rule == RollupRule.SUM) {
                    return sum;
                }
                int scale = Math.max(2, c.effectiveScale());
                return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
            }
            case MIN, MAX -> {
                Object best = null;
                for (Object v : values) {
                    if (!(v instanceof Comparable)) {
                        return null;
                    }
                    if (best == null || compare(v, best) * (rule == RollupRule.MIN ? -1 : 1) > 0) {
                        best = v;
                    }
                }
                return best;
            }
            default -> {
                return null;
            }
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
