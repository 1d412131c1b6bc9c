package vn.tonghop.template.model;

public enum RowModel implements YamlEnum {
    /** One row per reporting unit, grouped by level. */
    UNITS("units"),
    /** Predefined rows (nestable). */
    FIXED("fixed"),
    /** The unit adds its own rows. */
    FREE("free");

    private final String yamlName;

    RowModel(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
