package vn.tonghop.user;

/**
 * A role about to be taken away by an administrator, in the transaction that deletes it (a CDI event: audit, above this
 * package, records it).
 */
public record MembershipRevoked(Membership membership) {
}
