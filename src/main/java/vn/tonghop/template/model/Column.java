package vn.tonghop.template.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A leaf column of an annex table. A column with a {@code formula} is computed: the unit never types it, and
 * consolidation re-evaluates it on consolidated inputs.
 *
 * @param scale
 *            decimals kept for numeric values; null means the type's default (see {@link #effectiveScale()})
 */
public record Column(String code, String header, ColumnType type, String unit, boolean required, BigDecimal min,
        BigDecimal max, RollupRule rollup, String formula, Integer scale) {

    public Column {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        if (rollup == null) {
            rollup = RollupRule.defaultFor(type, formula != null && !formula.isBlank());
        }
    }

    public Column(String code, String header, ColumnType type, String unit, boolean required, BigDecimal min,
            BigDecimal max, RollupRule rollup, String formula) {
        this(code, header, type, unit, required, min, max, rollup, formula, null);
    }

    public boolean isComputed() {
        return formula != null && !formula.isBlank();
    }

    /** Decimals: explicit scale, else 0 for integer and 2 for decimal/percent. */
    public int effectiveScale() {
        if (scale != null) {
            return scale;
        }
        return type == ColumnType.INTEGER ? 0 : 2;
    }
}
