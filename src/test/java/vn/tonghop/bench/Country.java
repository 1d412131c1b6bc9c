package vn.tonghop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic country in its pre-2025 shape: 63 provinces (their real names and codes), about 705 districts and 10,600
 * communes with generated names and codes in the national coding style (2, 3 and 5 digits), under a ministry. One of
 * the provinces is the large one measured on its own: Thanh Hóa, 27 districts and 560 communes. The same seed always
 * gives the same country and the same figures.
 */
final class Country {

    enum Kind {
        MINISTRY, PROVINCE, DISTRICT, COMMUNE
    }

    record Unit(String code, String name, Kind kind, String parentCode) {
    }

    /** A login and its roles at one unit, as a membership file row. */
    record Person(String username, String displayName, String unitCode, String roles) {
    }

    static final String ROOT_CODE = "BNV";
    static final String LARGE_PROVINCE = "38";
    static final int LARGE_DISTRICTS = 27;
    static final int LARGE_COMMUNES = 560;

    private static final String[][] PROVINCES = { { "01", "Thành phố Hà Nội" }, { "02", "Tỉnh Hà Giang" },
            { "04", "Tỉnh Cao Bằng" }, { "06", "Tỉnh Bắc Kạn" }, { "08", "Tỉnh Tuyên Quang" }, { "10", "Tỉnh Lào Cai" },
            { "11", "Tỉnh Điện Biên" }, { "12", "Tỉnh Lai Châu" }, { "14", "Tỉnh Sơn La" }, { "15", "Tỉnh Yên Bái" },
            { "17", "Tỉnh Hòa Bình" }, { "19", "Tỉnh Thái Nguyên" }, { "20", "Tỉnh Lạng Sơn" },
            { "22", "Tỉnh Quảng Ninh" }, { "24", "Tỉnh Bắc Giang" }, { "25", "Tỉnh Phú Thọ" },
            { "26", "Tỉnh Vĩnh Phúc" }, { "27", "Tỉnh Bắc Ninh" }, { "30", "Tỉnh Hải Dương" },
            { "31", "Thành phố Hải Phòng" }, { "33", "Tỉnh Hưng Yên" }, { "34", "Tỉnh Thái Bình" },
            { "35", "Tỉnh Hà Nam" }, { "36", "Tỉnh Nam Định" }, { "37", "Tỉnh Ninh Bình" }, { "38", "Tỉnh Thanh Hóa" },
            { "40", "Tỉnh Nghệ An" }, { "42", "Tỉnh Hà Tĩnh" }, { "44", "Tỉnh Quảng Bình" }, { "45", "Tỉnh Quảng Trị" },
            { "46", "Tỉnh Thừa Thiên Huế" }, { "48", "Thành phố Đà Nẵng" }, { "49", "Tỉnh Quảng Nam" },
            { "51", "Tỉnh Quảng Ngãi" }, { "52", "Tỉnh Bình Định" }, { "54", "Tỉnh Phú Yên" },
            { "56", "Tỉnh Khánh Hòa" }, { "58", "Tỉnh Ninh Thuận" }, { "60", "Tỉnh Bình Thuận" },
            { "62", "Tỉnh Kon Tum" }, { "64", "Tỉnh Gia Lai" }, { "66", "Tỉnh Đắk Lắk" }, { "67", "Tỉnh Đắk Nông" },
            { "68", "Tỉnh Lâm Đồng" }, { "70", "Tỉnh Bình Phước" }, { "72", "Tỉnh Tây Ninh" },
            { "74", "Tỉnh Bình Dương" }, { "75", "Tỉnh Đồng Nai" }, { "77", "Tỉnh Bà Rịa - Vũng Tàu" },
            { "79", "Thành phố Hồ Chí Minh" }, { "80", "Tỉnh Long An" }, { "82", "Tỉnh Tiền Giang" },
            { "83", "Tỉnh Bến Tre" }, { "84", "Tỉnh Trà Vinh" }, { "86", "Tỉnh Vĩnh Long" }, { "87", "Tỉnh Đồng Tháp" },
            { "89", "Tỉnh An Giang" }, { "91", "Tỉnh Kiên Giang" }, { "92", "Thành phố Cần Thơ" },
            { "93", "Tỉnh Hậu Giang" }, { "94", "Tỉnh Sóc Trăng" }, { "95", "Tỉnh Bạc Liêu" },
            { "96", "Tỉnh Cà Mau" } };

    private static final String[] SYLLABLES = { "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Đông", "Tây", "Nam", "Bắc",
            "Trung", "Hưng", "Long", "Phước", "Thuận", "Lộc", "Xuân", "Hải", "Sơn", "Thủy", "Quang", "Minh", "Đức",
            "Thành", "Vĩnh", "Yên", "Định", "Thọ", "Mỹ", "Hiệp", "Lợi", "Thắng", "Tiến", "Cẩm", "Kim", "Ngọc", "Hồng",
            "Lam", "Thanh", "Hà", "Cát", "Lạc", "Gia", "Nghĩa", "Hợp", "Quảng", "Triệu", "Hoằng", "Nga", "Vạn", "Khánh",
            "Phong", "Tường", "Điền", "Châu", "Lâm", "Trường", "Quý", "Hội", "Đồng" };

    final List<Unit> units = new ArrayList<>();
    final List<Unit> provinces = new ArrayList<>();
    final List<Unit> districts = new ArrayList<>();
    final List<Unit> communes = new ArrayList<>();
    final List<Person> people = new ArrayList<>();

    /** The whole country: 63 provinces, {@code districtCount} districts and {@code communeCount} communes. */
    static Country national(int districtCount, int communeCount, long seed) {
        Country c = new Country(seed);
        c.add(new Unit(ROOT_CODE, "Bộ Nội vụ", Kind.MINISTRY, ""), "vp.bnv", "Văn phòng Bộ Nội vụ", "issuer;viewer");
        int otherDistricts = districtCount - LARGE_DISTRICTS;
        int otherCommunes = communeCount - LARGE_COMMUNES;
        int[] perProvince = c.split(otherDistricts, PROVINCES.length - 1, 4);
        int[] communesPerDistrict = c.split(otherCommunes, otherDistricts, 5);
        int d = 0;
        int p = 0;
        for (String[] province : PROVINCES) {
            Unit unit = c.province(province[0], province[1], ROOT_CODE);
            if (province[0].equals(LARGE_PROVINCE)) {
                c.districtsOf(unit, c.split(LARGE_COMMUNES, LARGE_DISTRICTS, 8));
            } else {
                int n = perProvince[p++];
                int[] counts = new int[n];
                System.arraycopy(communesPerDistrict, d, counts, 0, n);
                d += n;
                c.districtsOf(unit, counts);
            }
        }
        return c;
    }

    /** The large province alone, as a provincial tenant sees it. */
    static Country province(long seed) {
        Country c = new Country(seed);
        Unit unit = c.province(LARGE_PROVINCE, "Tỉnh Thanh Hóa", "");
        c.districtsOf(unit, c.split(LARGE_COMMUNES, LARGE_DISTRICTS, 8));
        return c;
    }

    private final Random random;
    private int districtSeq;
    private int communeSeq;

    private Country(long seed) {
        this.random = new Random(seed);
    }

    private Unit province(String code, String name, String parent) {
        Unit unit = new Unit(code, "UBND " + Character.toLowerCase(name.charAt(0)) + name.substring(1), Kind.PROVINCE,
                parent);
        add(unit, "tinh." + code, "Sở Nội vụ " + name, "issuer;viewer");
        return unit;
    }

    private void districtsOf(Unit province, int[] communeCounts) {
        for (int communes : communeCounts) {
            String code = String.format("%03d", ++districtSeq);
            String[] kinds = { "huyện", "huyện", "huyện", "huyện", "thị xã", "thành phố" };
            Unit district = new Unit(code, "UBND " + kinds[random.nextInt(kinds.length)] + " " + place(), Kind.DISTRICT,
                    province.code());
            add(district, "huyen." + code, "Văn phòng HĐND và UBND " + district.name().substring(5), "issuer;viewer");
            for (int i = 0; i < communes; i++) {
                // commune codes run in steps of three, as the national list does
                String communeCode = String.format("%05d", (++communeSeq) * 3);
                String[] kinds2 = { "xã", "xã", "xã", "xã", "phường", "thị trấn" };
                Unit commune = new Unit(communeCode, "UBND " + kinds2[random.nextInt(kinds2.length)] + " " + place(),
                        Kind.COMMUNE, code);
                add(commune, "xa." + communeCode, "Công chức Văn phòng - Thống kê " + commune.name().substring(5),
                        "reporter;approver");
            }
        }
    }

    private void add(Unit unit, String username, String displayName, String roles) {
        units.add(unit);
        switch (unit.kind()) {
            case PROVINCE -> provinces.add(unit);
            case DISTRICT -> districts.add(unit);
            case COMMUNE -> communes.add(unit);
            default -> {
            }
        }
        people.add(new Person(username, displayName, unit.code(), roles));
    }

    private String place() {
        return SYLLABLES[random.nextInt(SYLLABLES.length)] + " " + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    /** {@code total} split into {@code parts} random parts of at least {@code min} each. */
    private int[] split(int total, int parts, int min) {
        int[] out = new int[parts];
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int left = total - parts * min;
        int given = 0;
        for (int i = 0; i < parts; i++) {
            out[i] = min + (int) Math.floor(left * weights[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < total; i = (i + 1) % parts) {
            out[i]++;
            given++;
        }
        return out;
    }

    Unit unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }
}
