package vn.tonghop.template.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A leaf column of an annex table. A column with a {@code formula} is computed: the unit never types it, and
 * consolidation re-evaluates it on consolidated inputs.
 *
 * @param scale
 *            decimals kept for numeric values; null means the type's default (see {@link #effectiveScale()})
 * @param earlier
 *            set when the column shows another column's value of an earlier period (filled by the portal, not typed)
 */
public record Column(String code, String header, ColumnType type, String unit, boolean required, BigDecimal min,
        BigDecimal max, RollupRule rollup, String formula, Integer scale, EarlierPeriod earlier) {

    public Column {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        if (rollup == null) {
            rollup = RollupRule.defaultFor(type, formula != null && !formula.isBlank());
        }
    }

    public Column(String code, String header, ColumnType type, String unit, boolean required, BigDecimal min,
            BigDecimal max, RollupRule rollup, String formula) {
        this(code, header, type, unit, required, min, max, rollup, formula, null, null);
    }

    public Column(String code, String header, ColumnType type, String unit, boolean required, BigDecimal min,
            BigDecimal max, RollupRule rollup, String formula, Integer scale) {
        this(code, header, type, unit, required, min, max, rollup, formula, scale, null);
    }

    public boolean isComputed() {
        return formula != null && !formula.isBlank();
    }

    /** Whether the portal fills it from an earlier period's report. */
    public boolean isEarlier() {
        return earlier != null;
    }

    /** Whether the unit types it: neither computed nor taken from an earlier period. */
    public boolean isTyped() {
        return !isComputed() && !isEarlier();
    }

    /** Decimals: explicit scale, else 0 for integer and 2 for decimal/percent. */
    public int effectiveScale() {
        if (scale != null) {
            return scale;
        }
        return type == ColumnType.INTEGER ? 0 : 2;
    }
}
