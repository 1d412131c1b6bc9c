package vn.tonghop.user;

/** What a membership lets a user do at a unit (and, where it makes sense, below it). */
public enum Role {
    /** Tenant administrator: units, users and memberships. */
    ADMIN,
    /** Publishes campaigns from the unit. */
    ISSUER,
    /** Fills the unit's reports. */
    REPORTER,
    /** Leader who signs off and submits. */
    APPROVER,
    /** Reads reports and rollups of the unit's subtree. */
    VIEWER;

    public String code() {
        return name().toLowerCase();
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase());
    }
}
