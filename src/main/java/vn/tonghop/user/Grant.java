package vn.tonghop.user;

/** A membership as access checks read it: a role at a unit. */
public record Grant(long unitId, Role role) {
}
