package vn.tonghop.audit;

import vn.tonghop.unit.Unit;

/**
 * What an audit line is about, told by the thing itself (a campaign, a unit's report) so that audit needs no feature
 * above it: the unit where it happened, the kind and id of the record, and the name people know it by.
 */
public interface AuditSubject {

    Unit auditUnit();

    /** The kind of record, as audit lines name it: {@code campaign}, {@code submission}. */
    String auditType();

    Object auditId();

    String auditLabel();
}
