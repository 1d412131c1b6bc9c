package vn.tonghop.template.model;

import java.util.List;

/** Kỳ báo cáo of a periodic report. */
public enum Frequency implements YamlEnum {
    MONTH("month", "thang"), QUARTER("quarter", "quy"), HALF_YEAR("half-year", "6-thang"), YEAR("year", "nam");

    private final String yamlName;
    private final String alias;

    Frequency(String yamlName, String alias) {
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
