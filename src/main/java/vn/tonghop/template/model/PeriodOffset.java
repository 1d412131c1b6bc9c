package vn.tonghop.template.model;

import java.util.List;

/** Which earlier period a column shows: the one just before (kỳ trước) or the same one a year before (cùng kỳ). */
public enum PeriodOffset implements YamlEnum {
    PREVIOUS("previous", List.of("ky-truoc")), SAME_LAST_YEAR("same-last-year", List.of("cung-ky", "same_last_year"));

    private final String yamlName;
    private final List<String> aliases;

    PeriodOffset(String yamlName, List<String> aliases) {
        this.yamlName = yamlName;
        this.aliases = aliases;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

}
