package vn.tonghop.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the unit tree asks about the current user's reach, without naming roles: the roles are the memberships', one
 * layer up ({@code user.AccessService} answers).
 */
public interface UnitAccess {

    boolean canSee(Unit unit, LocalDate day);

    /** Refuses as "not found" so that a unit outside the user's reach does not even reveal that it exists. */
    void requireVisible(Unit unit, LocalDate day);

    /** True when the user administers the unit on the day (at it or above it). */
    boolean administers(Unit unit, LocalDate day);

    /** Refuses unless the user administers the unit on the day. */
    void requireAdministrator(Unit unit, LocalDate day);

    /** Units where the user is an administrator (of their subtree). */
    List<Unit> administeredUnits();

    /** Units whose subtree the user reaches: where they administer, issue or view. */
    List<Unit> subtreeUnits();

    /** Units the user acts at alone: where they report or approve. */
    List<Unit> singleUnits();

    boolean isTenantAdmin();

    void requireTenantAdmin();
}
