package vn.tonghop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 * Demo tenants, units and users for the run command and the tests, read from the files under demo/ on the class path
 * (tenants.csv, units.csv, reorganisations.csv, people.csv). Excluded from production builds: the files ship in the
 * jar, but nothing reads them there. Unit codes are illustrative, in the shape of the official administrative codes.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoData {

    public static final String THANH_HOA = "thanh-hoa";
    public static final String NGHE_AN = "nghe-an";
    static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
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
        List<String[]> tenantRows = rows("tenants.csv");
        Log.info("Loading the demo data (tenants " + String.join(", ", tenantRows.stream().map(r -> r[0]).toList())
                + ")");
        List<String[]> unitRows = rows("units.csv");
        List<String[]> reorganisations = rows("reorganisations.csv");
        List<String[]> people = rows("people.csv");
        for (String[] t : tenantRows) {
            String tenant = t[0];
            tenants.create(tenant, t[1]);
            runner.run(tenant, () -> tenant(tenant, unitRows, reorganisations, people));
        }
        people.stream().filter(p -> p[0].isEmpty()).forEach(p -> users.ensurePlatformAdmin(p[1], p[2]));
    }

    /** Units in file order, then the reorganisations, then the people's roles. */
    private void tenant(String tenant, List<String[]> unitRows, List<String[]> reorganisations, List<String[]> people) {
        Map<String, Unit> u = new HashMap<>();
        for (String[] r : unitRows) {
            if (r[0].equals(tenant)) {
                Unit unit = units.create(r[1], r[2], UnitKind.valueOf(r[3]), r[4].isEmpty() ? null : u.get(r[4]), SINCE,
                        null);
                u.put(r[1], unit);
            }
        }
        for (String[] r : reorganisations) {
            if (r[0].equals(tenant)) {
                reorganisation.dissolve(u.get(r[1]), u.get(r[2]), LocalDate.parse(r[3]), r[4]);
            }
        }
        for (String[] p : people) {
            if (p[0].equals(tenant)) {
                users.grant(p[1], p[2].isEmpty() ? null : p[2], u.get(p[3]), Role.valueOf(p[4]));
            }
        }
    }

    /** The records of demo/&lt;name&gt; (UTF-8, ";" between fields, "#" comments), each with five fields at least. */
    static List<String[]> rows(String name) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo data file missing: demo/" + name);
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Arrays.copyOf(line.split(";", -1), 5));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
