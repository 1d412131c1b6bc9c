package vn.tonghop.template.model;

public enum ColumnType implements YamlEnum {
    INTEGER("integer"), DECIMAL("decimal"),
    /** Stored as 0..100, not 0..1. */
    PERCENT("percent"), TEXT("text"), DATE("date"), BOOLEAN("boolean");

    private final String yamlName;

    ColumnType(String yamlName) {
        this.yamlName = yamlName;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
