package vn.tonghop.unit;

/**
 * Kinds of administrative units. The level groups units the way annex tables do (district level, commune level),
 * whatever their depth in the tree: after 1 July 2025 communes sit directly under the province.
 */
public enum UnitKind {
    MINISTRY(0, "Bộ, ngành trung ương"), PROVINCE(1, "Tỉnh, thành phố"), DEPARTMENT(2, "Sở, ban, ngành"),
    DISTRICT(2, "Huyện, thị xã, thành phố"), COMMUNE(3, "Xã, phường, thị trấn"), OFFICE(4, "Phòng, bộ phận");

    private final int level;
    private final String label;

    UnitKind(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase());
    }
}
