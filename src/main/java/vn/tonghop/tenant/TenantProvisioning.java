package vn.tonghop.tenant;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.AppUser;
import vn.tonghop.user.Role;
import vn.tonghop.user.UserService;

/**
 * Opens a tenant for a platform administrator: the tenant, its root unit and the first administrator's membership, in
 * one transaction run inside the new tenant (so the discriminator stamps the new rows with it), all or nothing.
 */
@ApplicationScoped
public class TenantProvisioning {

    static final int MAX_NAME = 255;
    static final int MAX_UNIT_CODE = 32;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<TenantCreated> created;

    @Inject
    TenantService tenants;

    @Inject
    UnitService units;

    @Inject
    UserService users;

    @Inject
    TenantRunner runner;

    @Inject
    Messages messages;

    public void requirePlatformAdmin() {
        if (!currentUser.isPlatformAdmin()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }

    public List<Tenant> list() {
        requirePlatformAdmin();
        return tenants.list();
    }

    public Tenant create(NewTenant request) {
        requirePlatformAdmin();
        AppMessages m = messages.get();
        NewTenant r = trimmed(request);
        List<String> problems = new ArrayList<>();
        if (!tenants.isValidCode(r.code())) {
            problems.add(m.tenantBadCode());
        }
        required(problems, r.name(), m.name(), MAX_NAME, m);
        required(problems, r.rootCode(), m.rootUnitCode(), MAX_UNIT_CODE, m);
        required(problems, r.rootName(), m.rootUnitName(), MAX_NAME, m);
        if (r.adminUsername().isEmpty()) {
            problems.add(m.fieldRequired(m.firstAdmin()));
        } else if (!UserService.isValidUsername(r.adminUsername())) {
            problems.add(m.badUsername(UserService.MAX_USERNAME));
        }
        if (r.adminDisplayName().length() > MAX_NAME) {
            problems.add(m.tooLong(m.displayName(), MAX_NAME));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        if (tenants.exists(r.code())) {
            throw PortalException.conflict(m.tenantExists(r.code()));
        }
        if (AppUser.findByUsername(r.adminUsername()).isPresent()) {
            throw PortalException.conflict(m.userTaken(r.adminUsername()));
        }
        return runner.call(r.code(), () -> {
            Tenant tenant = tenants.create(r.code(), r.name());
            Unit root = units.create(r.rootCode(), r.rootName(), UnitKind.PROVINCE, null,
                    UnitService.DEFAULT_VALID_FROM, null);
            users.grant(r.adminUsername(), r.adminDisplayName().isEmpty() ? null : r.adminDisplayName(), root,
                    Role.ADMIN);
            created.fire(new TenantCreated(tenant, root, r.adminUsername()));
            return tenant;
        });
    }

    private static void required(List<String> problems, String value, String field, int max, AppMessages m) {
        if (value.isEmpty()) {
            problems.add(m.fieldRequired(field));
        } else if (value.length() > max) {
            problems.add(m.tooLong(field, max));
        }
    }

    private static NewTenant trimmed(NewTenant r) {
        return new NewTenant(t(r.code()), t(r.name()), t(r.rootCode()), t(r.rootName()), t(r.adminUsername()),
                t(r.adminDisplayName()));
    }

    private static String t(String s) {
        return s == null ? "" : s.trim();
    }
}
