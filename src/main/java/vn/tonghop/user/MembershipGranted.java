package vn.tonghop.user;

/** A role given at a unit by an administrator (a CDI event: audit, above this package, records it). */
public record MembershipGranted(Membership membership) {
}
