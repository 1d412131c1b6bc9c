package vn.tonghop.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.template.model.FixedRow;
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
        return consolidation(table).addAll(rows).row();
    }

    /** An empty consolidation of the table, to add rows and other consolidations to. */
    public Consolidation consolidation(TableDef table) {
        return new Consolidation(table, engine);
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
}
