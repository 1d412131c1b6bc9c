package vn.tonghop.platform.security;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/**
 * Answers "may the current user act on this unit?". Administrators, issuers and viewers reach down their unit's
 * subtree; reporters and approvers act on their own unit only. Never sideways or up. Tenant scoping comes on top from
 * the Hibernate discriminator.
 */
@ApplicationScoped
public class AccessService {

    public static final Set<Role> SUBTREE_ROLES = EnumSet.of(Role.ADMIN, Role.ISSUER, Role.VIEWER);
    public static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** True when one of the user's memberships with one of these roles covers the unit on the day. */
    public boolean has(Unit unit, LocalDate day, Set<Role> roles) {
        Long userId = currentUser.id().orElse(null);
        if (userId == null || roles.isEmpty()) {
            return false;
        }
        return Membership.count(
                "from Membership m where m.user.id = :user and m.role in :roles and (m.unit = :unit"
                        + " or (m.role in :subtreeRoles and exists (from UnitPlacement p, UnitPlacement a"
                        + " where p.unit = :unit and a.unit = m.unit and p.path like concat(a.path, '%')"
                        + " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)"
                        + " and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day))))",
                Parameters.with("user", userId).and("roles", roles).and("unit", unit).and("subtreeRoles", SUBTREE_ROLES)
                        .and("day", day)) > 0;
    }

    public boolean canSee(Unit unit, LocalDate day) {
        return has(unit, day, ALL_ROLES);
    }

    /** Refuses as "not found" so that a unit outside the user's reach does not even reveal that it exists. */
    public void requireVisible(Unit unit, LocalDate day) {
        if (!canSee(unit, day)) {
            throw PortalException.notFound(messages.get().unitNotFound(unit.code));
        }
    }

    public void require(Unit unit, LocalDate day, Set<Role> roles) {
        if (!canSee(unit, day)) {
            throw PortalException.notFound(messages.get().unitNotFound(unit.code));
        }
        if (!has(unit, day, roles)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }

    /** Units where the user holds one of these roles. */
    public List<Unit> unitsWithRole(Set<Role> roles) {
        return currentUser.memberships().stream().filter(m -> roles.contains(m.role)).map(m -> m.unit).distinct()
                .toList();
    }

    public boolean isTenantAdmin() {
        return currentUser.memberships().stream().anyMatch(m -> m.role == Role.ADMIN);
    }

    public void requireTenantAdmin() {
        if (!isTenantAdmin()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }
}
