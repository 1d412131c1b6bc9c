package vn.tonghop.template.model;

/** How a column is consolidated over rows (units, children of a fixed row). */
public enum RollupRule implements YamlEnum {
    SUM("sum"), AVERAGE("average"), MIN("min"), MAX("max"),
    /** Number of non-empty cells. */
    COUNT("count"), NONE("none"),
    /** Computed columns: re-evaluate the formula on the consolidated inputs (ratio of sums). */
    RECOMPUTE("recompute");

    private final String yamlName;

    RollupRule(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Default when the template omits {@code rollup}. */
    public static RollupRule defaultFor(ColumnType type, boolean computed) {
        if (computed) {
            return RECOMPUTE;
        }
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL ? SUM : NONE;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
