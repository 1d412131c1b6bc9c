package vn.tonghop.user;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.db.ReplicaLock;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;

/** Users and their memberships in the current tenant. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MAX_USERNAME = 128;
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern
            .compile("\\S{1," + MAX_USERNAME + "}");

    /** Login names as the identity provider issues them: no spaces, at most 128 characters. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static final int MAX_EMAIL = 255;
    // one @, something on each side, a dot in the domain; the mail server is the judge of the rest
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
            .compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** An address notifications can be sent to: at most 255 characters, local part @ domain with a dot. */
    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    @Inject
    Messages messages;

    @Inject
    ReplicaLock replicaLock;

    /** Gives a user (created on first use, bound to the unit's tenant) a role at a unit; idempotent. */
    public Membership grant(String username, String displayName, Unit unit, Role role) {
        AppUser user = AppUser.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser();
            created.username = username;
            created.tenantCode = unit.tenantId;
            created.persist();
            return created;
        });
        if (displayName != null) {
            user.displayName = displayName;
        }
        if (user.tenantCode == null || !user.tenantCode.equals(unit.tenantId)) {
            throw PortalException.invalid(messages.get().forbidden());
        }
        return Membership.<Membership> find("user = :user and unit = :unit and role = :role",
                Map.of("user", user, "unit", unit, "role", role)).firstResultOptional().orElseGet(() -> {
                    Membership m = new Membership();
                    m.user = user;
                    m.unit = unit;
                    m.role = role;
                    m.persist();
                    return m;
                });
    }

    public void revoke(long membershipId) {
        Membership m = Membership.<Membership> findByIdOptional(membershipId)
                .orElseThrow(() -> PortalException.notFound(messages.get().notFound()));
        if (m.role == Role.ADMIN && Membership.count("role", Role.ADMIN) <= 1) {
            throw PortalException.invalid(messages.get().lastAdmin());
        }
        m.delete();
    }

    /** Memberships of the tenant, by user then unit. */
    public List<Membership> memberships() {
        return Membership.find("from Membership m join fetch m.user join fetch m.unit order by m.user.username, "
                + "m.unit.code, m.role").list();
    }

    public AppUser ensurePlatformAdmin(String username, String displayName) {
        // every replica does this at start-up: the second waits for the first's user, then updates it
        replicaLock.hold("platform-admin:" + username);
        AppUser user = AppUser.findByUsername(username).orElseGet(AppUser::new);
        user.username = username;
        if (displayName != null) {
            user.displayName = displayName;
        }
        user.platformAdmin = true;
        user.persist();
        return user;
    }
}
