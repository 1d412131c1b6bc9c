package vn.tonghop.campaign;

/** What happens to a report after the deadline. */
public enum LatePolicy {
    /** Accepted and marked late. */
    ACCEPT_LATE,
    /** Refused from the deadline on. */
    LOCK_AT_DEADLINE,
    /** Accepted and marked late for N days, then refused. */
    LOCK_AFTER_DAYS
}
