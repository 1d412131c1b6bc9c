package vn.tonghop.template.model;

public enum SectionKind implements YamlEnum {
    /** The unit writes narrative text. */
    TEXT("text"),
    /** The unit fills a table (phụ lục). */
    TABLE("table"),
    /** A heading only; content lives in its children. */
    GROUP("group");

    private final String yamlName;

    SectionKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
