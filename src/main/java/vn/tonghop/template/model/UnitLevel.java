package vn.tonghop.template.model;

/**
 * Unit level used to group unit rows. Constant names match {@code vn.tonghop.unit.UnitKind} so callers can map with
 * {@code UnitKind.valueOf(level.name())}; kept separate so this package has no persistence dependency.
 */
public enum UnitLevel implements YamlEnum {
    MINISTRY("MINISTRY"), PROVINCE("PROVINCE"), DEPARTMENT("DEPARTMENT"), DISTRICT("DISTRICT"), COMMUNE("COMMUNE"),
    OFFICE("OFFICE");

    private final String yamlName;

    UnitLevel(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

}
