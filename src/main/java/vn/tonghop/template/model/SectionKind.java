package vn.tonghop.template.model;

public enum SectionKind implements YamlEnum {
    /** The unit writes narrative text. */
    TEXT("text", "Nội dung viết"),
    /** The unit fills a table (phụ lục). */
    TABLE("table", "Bảng số liệu"),
    /** A heading only; content lives in its children. */
    GROUP("group", "Nhóm mục");

    private final String yamlName;
    private final String label;

    SectionKind(String yamlName, String label) {
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
