package vn.tonghop.template.model;

import java.util.List;

/** Kỳ báo cáo of a periodic report. */
public enum Frequency implements YamlEnum {
    MONTH("month", "Hằng tháng", "thang"), QUARTER("quarter", "Hằng quý", "quy"),
    HALF_YEAR("half-year", "6 tháng", "6-thang"), YEAR("year", "Hằng năm", "nam");

    private final String yamlName;
    private final String label;
    private final String alias;

    Frequency(String yamlName, String label, String alias) {
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
