package vn.tonghop.template.model;

public enum Severity implements YamlEnum {
    /** Blocks submission. */
    ERROR("error"),
    /** Shown, submission allowed. */
    WARNING("warning");

    private final String yamlName;

    Severity(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
