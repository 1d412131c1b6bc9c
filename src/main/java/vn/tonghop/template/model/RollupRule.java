package vn.tonghop.template.model;

/** How a column is consolidated over rows (units, children of a fixed row). */
public enum RollupRule implements YamlEnum {
    SUM("sum", "Cộng"), AVERAGE("average", "Trung bình"), MIN("min", "Nhỏ nhất"), MAX("max", "Lớn nhất"),
    /** Number of non-empty cells. */
    COUNT("count", "Đếm số ô có dữ liệu"), NONE("none", "Không tổng hợp"),
    /** Computed columns: re-evaluate the formula on the consolidated inputs (ratio of sums). */
    RECOMPUTE("recompute", "Tính lại theo công thức");

    private final String yamlName;
    private final String label;

    RollupRule(String yamlName, String label) {
        this.yamlName = yamlName;
        this.label = label;
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

    @Override
    public String label() {
        return label;
    }
}
