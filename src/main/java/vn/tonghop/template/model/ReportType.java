package vn.tonghop.template.model;

import java.util.List;

/** Báo cáo định kỳ / chuyên đề / đột xuất. */
public enum ReportType implements YamlEnum {
    DINH_KY("dinh-ky", "Báo cáo định kỳ", "periodic"), CHUYEN_DE("chuyen-de", "Báo cáo chuyên đề", "thematic"),
    DOT_XUAT("dot-xuat", "Báo cáo đột xuất", "ad-hoc");

    private final String yamlName;
    private final String label;
    private final String alias;

    ReportType(String yamlName, String label, String alias) {
        this.yamlName = yamlName;
        this.label = label;
        this.alias = alias;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    @Override
    public List<String> aliases() {
        return List.of(alias);
    }

    @Override
    public String label() {
        return label;
    }
}
