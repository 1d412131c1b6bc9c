package vn.tonghop.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.PlacementPaths;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitAccess;

/**
 * Answers "may the current user act on this unit?". Administrators, issuers and viewers reach down their unit's
 * subtree; reporters and approvers act on their own unit only. Never sideways or up. Tenant scoping comes on top from
 * the Hibernate discriminator. Decided from the request's {@link Grant}s, read with the identity.
 */
@ApplicationScoped
public class AccessService implements UnitAccess {

    public static final Set<Role> SUBTREE_ROLES = EnumSet.of(Role.ADMIN, Role.ISSUER, Role.VIEWER);
    public static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> SINGLE_ROLES = EnumSet.complementOf(EnumSet.copyOf(SUBTREE_ROLES));

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships memberships;

    @Inject
    Messages messages;

    @Inject
    PlacementPaths placements;

    /**
     * True when one of the user's memberships with one of these roles covers the unit on the day: the unit itself, or
     * (administrators, issuers, viewers) a unit whose path on the day starts with the membership unit's path. Decided
     * in memory from the request's memberships and the placements' paths, read at most once per unit and day.
     */
    public boolean has(Unit unit, LocalDate day, Set<Role> roles) {
        if (currentUser.id().isEmpty() || roles.isEmpty()) {
            return false;
        }
        List<Grant> mine = memberships.grants().stream().filter(g -> roles.contains(g.role())).toList();
        if (mine.stream().anyMatch(g -> g.unitId() == unit.id)) {
            return true;
        }
        List<Grant> reaching = mine.stream().filter(g -> SUBTREE_ROLES.contains(g.role())).toList();
        if (reaching.isEmpty()) {
            return false;
        }
        List<String> paths = placements.paths(unit.id, day);
        for (Grant g : reaching) {
            for (String ancestor : placements.paths(g.unitId(), day)) {
                if (paths.stream().anyMatch(p -> p.startsWith(ancestor))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the user holds one of these roles at the unit itself, not from above it: acting in a unit's name (its
     * campaigns, its consolidated report) belongs to its own staff, while the units above only read.
     */
    public boolean holdsAt(Unit unit, Set<Role> roles) {
        return currentUser.id().isPresent()
                && memberships.grants().stream().anyMatch(g -> g.unitId() == unit.id && roles.contains(g.role()));
    }

    @Override
    public boolean canSee(Unit unit, LocalDate day) {
        return has(unit, day, ALL_ROLES);
    }

    /** Refuses as "not found" so that a unit outside the user's reach does not even reveal that it exists. */
    @Override
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
        return memberships.memberships().stream().filter(m -> roles.contains(m.role)).map(m -> m.unit).distinct()
                .toList();
    }

    /** Units where the user is an administrator (of their subtree). */
    @Override
    public List<Unit> administeredUnits() {
        return unitsWithRole(ADMIN);
    }

    /** Units whose subtree the user reaches: where they administer, issue or view. */
    @Override
    public List<Unit> subtreeUnits() {
        return unitsWithRole(SUBTREE_ROLES);
    }

    /** Units the user acts at alone: where they report or approve. */
    @Override
    public List<Unit> singleUnits() {
        return unitsWithRole(SINGLE_ROLES);
    }

    /** True when the user administers the unit on the day (at it or above it). */
    @Override
    public boolean administers(Unit unit, LocalDate day) {
        return has(unit, day, ADMIN);
    }

    /** Like {@link #require}, for administrators. */
    @Override
    public void requireAdministrator(Unit unit, LocalDate day) {
        require(unit, day, ADMIN);
    }

    @Override
    public boolean isTenantAdmin() {
        return memberships.grants().stream().anyMatch(g -> g.role() == Role.ADMIN);
    }

    @Override
    public void requireTenantAdmin() {
        if (!isTenantAdmin()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }
}
