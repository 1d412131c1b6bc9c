package vn.tonghop.platform.security;

import vn.tonghop.user.Role;

/** A membership as access checks read it: a role at a unit. */
public record Grant(long unitId, Role role) {
}
