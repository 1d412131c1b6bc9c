package vn.tonghop.user;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.Session;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.files.TabularFile;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;

/**
 * Grants memberships from a CSV or Excel file, all or nothing, the way a province with thousands of communes hands out
 * rights: one row per person (several roles in one cell), accounts created on first use, rights already held kept.
 * Every row is checked first (the administrator must administer the unit today, the account must not belong to another
 * tenant) and any error refuses the whole file with line-numbered messages. The rows are then written set-based, a few
 * statements for the whole file.
 */
@ApplicationScoped
public class MembershipImportService {

    public record Result(int rows, int usersCreated, int granted) {
    }

    static final int MAX_ROWS = 20_000;
    static final int MAX_MESSAGES = 200;
    private static final int CHUNK = 5_000;
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    private record Grant(String username, String displayName, String email, long unitId, Role role) {
    }

    private record KnownUser(String tenantCode, boolean platformAdmin) {
    }

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    // a file of 20 000 rows takes longer than the default minute on a busy server
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result importFile(byte[] data) {
        access.requireTenantAdmin();
        AppMessages app = messages.get();
        MembershipMessages m = messages.bundle(MembershipMessages.class);
        List<MembershipFile.Line> lines;
        try {
            lines = MembershipFile.read(data, MAX_ROWS, app);
        } catch (TabularFile.RefusedException e) {
            throw e.unreadable() ? PortalException.invalid(e.messages()) : rejected(m, e.messages());
        }
        LocalDate today = clock.today();
        Map<String, Unit> unitsByCode = unitsByCode(lines);
        Map<String, KnownUser> knownUsers = knownUsers(lines);
        Set<Long> administered = units.forest(access.unitsWithRole(ADMIN), List.of(), today).stream().map(UnitView::id)
                .collect(Collectors.toSet());
        String tenant = currentUser.tenantCode().orElseThrow(() -> PortalException.forbidden(app.forbidden()));

        List<Map.Entry<Integer, String>> errors = new ArrayList<>();
        Map<String, MembershipFile.Line> named = new HashMap<>();
        Map<String, MembershipFile.Line> mailed = new HashMap<>();
        List<Grant> grants = new ArrayList<>();
        for (MembershipFile.Line line : lines) {
            int before = errors.size();
            String username = line.username();
            if (username.isEmpty()) {
                errors.add(Map.entry(line.line(), m.missingUsername()));
            } else if (!UserService.isValidUsername(username)) {
                errors.add(Map.entry(line.line(), m.badUsername(username, UserService.MAX_USERNAME)));
            } else {
                KnownUser known = knownUsers.get(username);
                if (known != null && (known.platformAdmin() || !tenant.equals(known.tenantCode()))) {
                    errors.add(Map.entry(line.line(), m.otherTenant(username)));
                }
            }
            if (line.displayName().length() > MembershipService.MAX_DISPLAY_NAME) {
                errors.add(Map.entry(line.line(), m.displayNameTooLong(MembershipService.MAX_DISPLAY_NAME)));
            } else if (!line.displayName().isEmpty() && !username.isEmpty()) {
                MembershipFile.Line other = named.putIfAbsent(username, line);
                if (other != null && !other.displayName().equals(line.displayName())) {
                    errors.add(Map.entry(line.line(), m.conflictingNames(username, other.line())));
                }
            }
            if (!line.email().isEmpty()) {
                if (!UserService.isValidEmail(line.email())) {
                    errors.add(Map.entry(line.line(), m.badEmail(line.email())));
                } else if (!username.isEmpty()) {
                    MembershipFile.Line other = mailed.putIfAbsent(username, line);
                    if (other != null && !other.email().equalsIgnoreCase(line.email())) {
                        errors.add(Map.entry(line.line(), m.conflictingEmails(username, other.line())));
                    }
                }
            }
            Unit unit = null;
            if (line.unitCode().isEmpty()) {
                errors.add(Map.entry(line.line(), m.missingUnit()));
            } else {
                unit = unitsByCode.get(line.unitCode());
                if (unit == null) {
                    errors.add(Map.entry(line.line(), m.unknownUnit(line.unitCode())));
                } else if (!unit.isValidOn(today)) {
                    errors.add(Map.entry(line.line(), m.unitEnded(unit.code)));
                } else if (!administered.contains(unit.id)) {
                    errors.add(Map.entry(line.line(), m.notAdmin(unit.code)));
                }
            }
            Set<Role> roles = roles(line, errors, m);
            if (errors.size() == before) {
                for (Role role : roles) {
                    grants.add(new Grant(username, line.displayName(), line.email(), unit.id, role));
                }
            }
        }
        if (!errors.isEmpty()) {
            List<String> out = errors.stream().sorted(Map.Entry.comparingByKey()).limit(MAX_MESSAGES)
                    .map(e -> app.lineMessage(e.getKey(), e.getValue()))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (errors.size() > MAX_MESSAGES) {
                out.add(app.importMoreErrors(errors.size() - MAX_MESSAGES));
            }
            throw rejected(m, out);
        }
        int[] counts = write(tenant, grants);
        return new Result(lines.size(), counts[0], counts[1]);
    }

    private static Set<Role> roles(MembershipFile.Line line, List<Map.Entry<Integer, String>> errors,
            MembershipMessages m) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String word : line.role().split("[,;+\\s]+")) {
            if (word.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.fromCode(word));
            } catch (IllegalArgumentException e) {
                errors.add(Map.entry(line.line(), m.badRole(word,
                        Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", ")))));
            }
        }
        if (roles.isEmpty() && line.role().isBlank()) {
            errors.add(Map.entry(line.line(), m.missingRole()));
        }
        return roles;
    }

    private Map<String, Unit> unitsByCode(List<MembershipFile.Line> lines) {
        List<String> codes = lines.stream().map(MembershipFile.Line::unitCode).filter(c -> !c.isEmpty()).distinct()
                .toList();
        Map<String, Unit> out = new HashMap<>();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            Unit.<Unit> list("code in ?1", codes.subList(i, Math.min(codes.size(), i + CHUNK)))
                    .forEach(u -> out.put(u.code, u));
        }
        return out;
    }

    /** Accounts the file names that exist already, in any tenant (a login name is global). */
    private Map<String, KnownUser> knownUsers(List<MembershipFile.Line> lines) {
        List<String> names = lines.stream().map(MembershipFile.Line::username).filter(n -> !n.isEmpty()).distinct()
                .toList();
        Map<String, KnownUser> out = new HashMap<>();
        for (int i = 0; i < names.size(); i += CHUNK) {
            AppUser.<AppUser> list("username in ?1", names.subList(i, Math.min(names.size(), i + CHUNK)))
                    .forEach(u -> out.put(u.username, new KnownUser(u.tenantCode, u.platformAdmin)));
        }
        return out;
    }

    /**
     * Creates the missing accounts, sets display names and e-mail addresses given, grants the missing rights: {users
     * created, rights granted}.
     */
    private int[] write(String tenant, List<Grant> grants) {
        Map<String, String> people = new LinkedHashMap<>();
        Map<String, String> emails = new LinkedHashMap<>();
        grants.forEach(g -> people.merge(g.username(), g.displayName(), (a, b) -> a.isEmpty() ? b : a));
        grants.forEach(g -> emails.merge(g.username(), g.email(), (a, b) -> a.isEmpty() ? b : a));
        String[] usernames = people.keySet().toArray(String[]::new);
        String[] names = people.values().toArray(String[]::new);
        String[] addresses = people.keySet().stream().map(emails::get).toArray(String[]::new);
        String[] grantUsers = grants.stream().map(Grant::username).toArray(String[]::new);
        Long[] grantUnits = grants.stream().map(Grant::unitId).toArray(Long[]::new);
        String[] grantRoles = grants.stream().map(g -> g.role().name()).toArray(String[]::new);
        int[] counts = new int[2];
        Session session = Membership.getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            counts[0] = update(connection, """
                    insert into app_user (username, display_name, email, tenant_id)
                    select t.u, nullif(t.d, ''), nullif(t.e, ''), ?
                      from unnest(?::text[], ?::text[], ?::text[]) as t(u, d, e)
                    on conflict (username) do nothing""", tenant, text(connection, usernames), text(connection, names),
                    text(connection, addresses));
            update(connection, """
                    update app_user a set display_name = t.d from unnest(?::text[], ?::text[]) as t(u, d)
                    where a.username = t.u and t.d <> '' and a.tenant_id = ?
                      and a.display_name is distinct from t.d""", text(connection, usernames), text(connection, names),
                    tenant);
            update(connection, """
                    update app_user a set email = t.e from unnest(?::text[], ?::text[]) as t(u, e)
                    where a.username = t.u and t.e <> '' and a.tenant_id = ?
                      and a.email is distinct from t.e""", text(connection, usernames), text(connection, addresses),
                    tenant);
            counts[1] = update(connection, """
                    insert into membership (tenant_id, user_id, unit_id, role)
                    select ?, a.id, t.unit, t.role
                      from unnest(?::text[], ?::bigint[], ?::text[]) as t(u, unit, role)
                      join app_user a on a.username = t.u and a.tenant_id = ?
                    on conflict on constraint membership_unique do nothing""", tenant, text(connection, grantUsers),
                    connection.createArrayOf("bigint", grantUnits), text(connection, grantRoles), tenant);
        });
        // memberships read earlier in this request are stale now
        session.clear();
        return counts;
    }

    private static Array text(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static PortalException rejected(MembershipMessages m, List<String> lines) {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(m.importRejected());
        all.addAll(lines);
        return PortalException.invalid(all);
    }
}
