package vn.tonghop.template.model;

public enum ColumnType implements YamlEnum {
    INTEGER("integer", "Số nguyên"), DECIMAL("decimal", "Số thập phân"),
    /** Stored as 0..100, not 0..1. */
    PERCENT("percent", "Tỷ lệ (%)"), TEXT("text", "Văn bản"), DATE("date", "Ngày"), BOOLEAN("boolean", "Có/Không");

    private final String yamlName;
    private final String label;

    ColumnType(String yamlName, String label) {
        this.yamlName = yamlName;
        this.label = label;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
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
