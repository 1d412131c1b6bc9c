package vn.tonghop.template.model;

public enum RowModel implements YamlEnum {
    /** One row per reporting unit, grouped by level. */
    UNITS("units", "Mỗi đơn vị một dòng"),
    /** Predefined rows (nestable). */
    FIXED("fixed", "Dòng cố định"),
    /** The unit adds its own rows. */
    FREE("free", "Đơn vị tự thêm dòng");

    private final String yamlName;
    private final String label;

    RowModel(String yamlName, String label) {
        this.yamlName = yamlName;
        this.label = label;
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
