package vn.tonghop.template.model;

public enum Severity implements YamlEnum {
    /** Blocks submission. */
    ERROR("error", "Lỗi"),
    /** Shown, submission allowed. */
    WARNING("warning", "Cảnh báo");

    private final String yamlName;
    private final String label;

    Severity(String yamlName, String label) {
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
