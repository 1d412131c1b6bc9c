package vn.tonghop.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.TableDef;

/**
 * A consolidation under way: rows are added one by one, and whole consolidations too, so that a block's total is made
 * of its sub-groups' totals and the grand total of the blocks' instead of going over every row again. The row it gives
 * is the one {@link Aggregator#aggregate} gives for all the rows added, in the order they were added.
 */
public final class Consolidation {

    private final TableDef table;
    private final FormulaEngine engine;
    private final List<Column> columns;
    /** Per column: how many non-empty values, their sum, the best (min or max) so far, whether one did not fit. */
    private final int[] counts;
    private final BigDecimal[] sums;
    private final Object[] best;
    private final boolean[] unfit;
    /** Per column: a sum of numbers, whose typed numbers need no normalising (known once, not per cell). */
    private final boolean[] numericSum;

    Consolidation(TableDef table, FormulaEngine engine) {
        this.table = table;
        this.engine = engine;
        this.columns = table.columns();
        int n = columns.size();
        this.counts = new int[n];
        this.sums = new BigDecimal[n];
        this.best = new Object[n];
        this.unfit = new boolean[n];
        this.numericSum = new boolean[n];
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            numericSum[i] = c.type().isNumeric() && c.rollup() == RollupRule.SUM;
        }
    }

    /** Adds a row (null counts as a row with no value). */
    public Consolidation add(Map<String, Object> row) {
        if (row == null) {
            return this;
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.isComputed() || unfit[i]) {
                continue;
            }
            Object v = row.get(c.code());
            if (v == null) {
                continue;
            }
            // a number typed in a numeric column is already normal: the costly step only for the rest
            if (!(numericSum[i] && v instanceof BigDecimal)) {
                v = CellValues.normalize(c, v);
                if (CellValues.isEmpty(v)) {
                    continue;
                }
            }
            counts[i]++;
            take(i, c.rollup(), v);
        }
        return this;
    }

    public Consolidation addAll(List<Map<String, Object>> rows) {
        rows.forEach(this::add);
        return this;
    }

    /** Adds everything another consolidation of the same table holds, as if its rows were added here. */
    public Consolidation add(Consolidation other) {
        for (int i = 0; i < columns.size(); i++) {
            if (other.unfit[i]) {
                unfit[i] = true;
            }
            if (unfit[i] || other.counts[i] == 0) {
                continue;
            }
            counts[i] += other.counts[i];
            RollupRule rule = columns.get(i).rollup();
            if (rule == RollupRule.SUM || rule == RollupRule.AVERAGE) {
                sums[i] = sums[i] == null ? other.sums[i] : sums[i].add(other.sums[i]);
            } else if (rule == RollupRule.MIN || rule == RollupRule.MAX) {
                take(i, rule, other.best[i]);
            }
        }
        return this;
    }

    private void take(int i, RollupRule rule, Object v) {
        switch (rule) {
            case SUM, AVERAGE -> {
                if (v instanceof BigDecimal d) {
                    sums[i] = sums[i] == null ? d : sums[i].add(d);
                } else {
                    unfit[i] = true; // the parser only allows sum/average on numeric columns
                }
            }
            case MIN, MAX -> {
                if (!(v instanceof Comparable)) {
                    unfit[i] = true;
                } else if (best[i] == null || compare(v, best[i]) * (rule == RollupRule.MIN ? -1 : 1) > 0) {
                    best[i] = v;
                }
            }
            default -> {
                // count only counts; none and recompute keep nothing
            }
        }
    }

    /**
     * The consolidated row, a value (possibly null) for every column. With no non-empty value, sum, average, min and
     * max give null (not 0: nobody reported), count gives 0; computed columns are evaluated on the consolidated inputs.
     */
    public Map<String, Object> row() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            out.put(c.code(), c.isComputed() ? null : value(i, c));
        }
        // Not computeRow: it would re-type a count over a text column back into text.
        return engine.fillComputed(table, out);
    }

    private Object value(int i, Column c) {
        RollupRule rule = c.rollup();
        if (rule == RollupRule.COUNT) {
            return BigDecimal.valueOf(counts[i]);
        }
        if (counts[i] == 0 || unfit[i]) {
            return null;
        }
        return switch (rule) {
            case SUM -> sums[i];
            case AVERAGE -> sums[i].divide(BigDecimal.valueOf(counts[i]), Math.max(2, c.effectiveScale()),
                    RoundingMode.HALF_UP);
            case MIN, MAX -> best[i];
            default -> null;
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
