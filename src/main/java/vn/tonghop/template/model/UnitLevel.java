package vn.tonghop.template.model;

/**
 * Unit level used to group unit rows. Constant names match {@code vn.tonghop.unit.UnitKind} so callers can map with
 * {@code UnitKind.valueOf(level.name())}; kept separate so this package has no persistence dependency.
 */
public enum UnitLevel implements YamlEnum {
    MINISTRY("MINISTRY", "Bộ, ngành trung ương"), PROVINCE("PROVINCE", "Tỉnh, thành phố"),
    DEPARTMENT("DEPARTMENT", "Sở, ban, ngành"), DISTRICT("DISTRICT", "Huyện, thị xã, thành phố"),
    COMMUNE("COMMUNE", "Xã, phường, thị trấn"), OFFICE("OFFICE", "Phòng, bộ phận");

    private final String yamlName;
    private final String label;

    UnitLevel(String yamlName, String label) {
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
