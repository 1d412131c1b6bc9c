package vn.tonghop.template.model;

import java.util.List;

/** Báo cáo định kỳ / chuyên đề / đột xuất. */
public enum ReportType implements YamlEnum {
    DINH_KY("dinh-ky", "periodic"), CHUYEN_DE("chuyen-de", "thematic"), DOT_XUAT("dot-xuat", "ad-hoc");

    private final String yamlName;
    private final String alias;

    ReportType(String yamlName, String alias) {
        this.yamlName = yamlName;
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

}
