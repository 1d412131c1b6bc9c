package vn.tonghop.audit;

/** What was done. The entity type says to what (campaign, submission, unit, membership, tenant, template...). */
public enum AuditAction {
    CREATE, UPDATE, PUBLISH, RELAY, EXTEND, CLOSE, ARCHIVE,
    /** A report's values saved (the changed cells are in before/after). */
    SAVE, SUBMIT, RETURN,
    /** A consolidation read on screen or through the API. */
    VIEW, EXPORT, IMPORT, REORGANISE, REMIND,
    /** Memberships given and taken away. */
    GRANT, REVOKE,
    /** A figure out of line explained by its reporter, and checked by the approver or the consolidating unit. */
    JUSTIFY, VERIFY
}
