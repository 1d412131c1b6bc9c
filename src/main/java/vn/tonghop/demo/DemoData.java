package vn.tonghop.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.tenant.TenantService;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.ReorganisationService;
import vn.tonghop.user.AppUser;
import vn.tonghop.user.Role;
import vn.tonghop.user.UserService;

/**
 * Demo tenants, units and users for the run command and the tests. Excluded from production builds. Unit codes are
 * illustrative, in the shape of the official administrative codes.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoData {

    public static final String THANH_HOA = "thanh-hoa";
    public static final String NGHE_AN = "nghe-an";
    static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
    /** The two-tier reform: districts dissolved, communes placed under the province. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Addresses of the demo people in the run command; a domain reserved for examples (RFC 2606). */
    static final String MAIL_DOMAIN = "@tonghop.example";

    @Inject
    TenantService tenants;

    @Inject
    UnitService units;

    @Inject
    ReorganisationService reorganisation;

    @Inject
    UserService users;

    @Inject
    TenantRunner runner;

    void onStart(@Observes StartupEvent event) {
        if (!tenants.exists(THANH_HOA)) {
            load();
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            // the run command's mock mailer prints every e-mail in the log: give the demo people an address to show it
            QuarkusTransaction.requiringNew().run(() -> AppUser
                    .update("email = concat(username, ?1) where email is null and platformAdmin = false", MAIL_DOMAIN));
        }
    }

    private void load() {
        Log.info("Loading the demo data (tenants Thanh Hóa and Nghệ An)");
        tenants.create(THANH_HOA, "Tỉnh Thanh Hóa");
        runner.run(THANH_HOA, this::thanhHoa);
        tenants.create(NGHE_AN, "Tỉnh Nghệ An");
        runner.run(NGHE_AN, this::ngheAn);
        users.ensurePlatformAdmin("platform.admin", "Quản trị nền tảng");
    }

    private void thanhHoa() {
        Map<String, Unit> u = new HashMap<>();
        Unit province = add(u, "38", "UBND tỉnh Thanh Hóa", UnitKind.PROVINCE, null);
        add(u, "38-SNV", "Sở Nội vụ tỉnh Thanh Hóa", UnitKind.DEPARTMENT, province);
        add(u, "38-STP", "Sở Tư pháp tỉnh Thanh Hóa", UnitKind.DEPARTMENT, province);
        Unit bimSon = add(u, "381", "UBND thị xã Bỉm Sơn", UnitKind.DISTRICT, province);
        add(u, "14794", "UBND phường Ba Đình", UnitKind.COMMUNE, bimSon);
        add(u, "14797", "UBND phường Ngọc Trạo", UnitKind.COMMUNE, bimSon);
        add(u, "14800", "UBND phường Bắc Sơn", UnitKind.COMMUNE, bimSon);
        add(u, "14803", "UBND phường Phú Sơn", UnitKind.COMMUNE, bimSon);
        add(u, "14806", "UBND phường Đông Sơn", UnitKind.COMMUNE, bimSon);
        add(u, "14809", "UBND phường Lam Sơn", UnitKind.COMMUNE, bimSon);
        add(u, "14812", "UBND xã Hà Lan", UnitKind.COMMUNE, bimSon);
        add(u, "14815", "UBND xã Quang Trung", UnitKind.COMMUNE, bimSon);
        add(u, "381-MC", "Bộ phận Một cửa thị xã Bỉm Sơn", UnitKind.OFFICE, bimSon);
        // A district dissolved by the 2025 reform: its communes move under the province, history kept.
        Unit haTrung = add(u, "384", "UBND huyện Hà Trung", UnitKind.DISTRICT, province);
        add(u, "14950", "UBND thị trấn Hà Trung", UnitKind.COMMUNE, haTrung);
        add(u, "14953", "UBND xã Hà Bình", UnitKind.COMMUNE, haTrung);
        add(u, "14956", "UBND xã Hà Lĩnh", UnitKind.COMMUNE, haTrung);
        reorganisation.dissolve(haTrung, province, REFORM, "Nghị quyết sắp xếp đơn vị hành chính 2025");

        users.grant("snv.thanhhoa", "Chuyên viên Sở Nội vụ Thanh Hóa", u.get("38-SNV"), Role.ISSUER);
        users.grant("snv.thanhhoa", null, province, Role.ISSUER);
        users.grant("snv.thanhhoa", null, province, Role.VIEWER);
        users.grant("admin.thanhhoa", "Quản trị tỉnh Thanh Hóa", province, Role.ADMIN);
        users.grant("vp.bimson", "Văn phòng HĐND và UBND thị xã Bỉm Sơn", bimSon, Role.ISSUER);
        users.grant("vp.bimson", null, bimSon, Role.VIEWER);
        users.grant("vp.bimson", null, bimSon, Role.REPORTER);
        users.grant("vp.bimson", null, bimSon, Role.APPROVER);
        users.grant("badinh.cb", "Cán bộ phường Ba Đình", u.get("14794"), Role.REPORTER);
        users.grant("badinh.ct", "Chủ tịch UBND phường Ba Đình", u.get("14794"), Role.APPROVER);
        users.grant("ngoctrao.cb", "Cán bộ phường Ngọc Trạo", u.get("14797"), Role.REPORTER);
        users.grant("bacson.cb", "Cán bộ phường Bắc Sơn", u.get("14800"), Role.REPORTER);
        users.grant("phuson.cb", "Cán bộ phường Phú Sơn", u.get("14803"), Role.REPORTER);
        users.grant("dongson.cb", "Cán bộ phường Đông Sơn", u.get("14806"), Role.REPORTER);
        users.grant("lamson.cb", "Cán bộ phường Lam Sơn", u.get("14809"), Role.REPORTER);
        users.grant("halan.cb", "Cán bộ xã Hà Lan", u.get("14812"), Role.REPORTER);
        users.grant("quangtrung.cb", "Cán bộ xã Quang Trung", u.get("14815"), Role.REPORTER);
    }

    private void ngheAn() {
        Map<String, Unit> u = new HashMap<>();
        Unit province = add(u, "40", "UBND tỉnh Nghệ An", UnitKind.PROVINCE, null);
        add(u, "40-SNV", "Sở Nội vụ tỉnh Nghệ An", UnitKind.DEPARTMENT, province);
        Unit hoangMai = add(u, "432", "UBND thị xã Hoàng Mai", UnitKind.DISTRICT, province);
        add(u, "432-VP", "Văn phòng HĐND và UBND thị xã Hoàng Mai", UnitKind.OFFICE, hoangMai);
        add(u, "17404", "UBND phường Quỳnh Thiện", UnitKind.COMMUNE, hoangMai);
        add(u, "17407", "UBND phường Mai Hùng", UnitKind.COMMUNE, hoangMai);
        add(u, "17410", "UBND phường Quỳnh Dị", UnitKind.COMMUNE, hoangMai);
        add(u, "17413", "UBND xã Quỳnh Lập", UnitKind.COMMUNE, hoangMai);
        add(u, "17416", "UBND xã Quỳnh Vinh", UnitKind.COMMUNE, hoangMai);
        users.grant("vp.hoangmai", "Văn phòng HĐND và UBND thị xã Hoàng Mai", hoangMai, Role.ISSUER);
        users.grant("vp.hoangmai", null, hoangMai, Role.VIEWER);
        users.grant("vp.hoangmai", null, hoangMai, Role.REPORTER);
        users.grant("vp.hoangmai", null, hoangMai, Role.APPROVER);
        users.grant("quynhthien.cb", "Cán bộ phường Quỳnh Thiện", u.get("17404"), Role.REPORTER);
        users.grant("admin.nghean", "Quản trị tỉnh Nghệ An", province, Role.ADMIN);
    }

    private Unit add(Map<String, Unit> all, String code, String name, UnitKind kind, Unit parent) {
        Unit unit = units.create(code, name, kind, parent, SINCE, null);
        all.put(code, unit);
        return unit;
    }
}
