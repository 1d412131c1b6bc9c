package vn.tonghop.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tonghop.tenant.TenantCreated;
import vn.tonghop.unit.UnitEvent;
import vn.tonghop.unit.UnitReorganised;
import vn.tonghop.unit.UnitsExported;
import vn.tonghop.unit.UnitsImported;
import vn.tonghop.user.Membership;
import vn.tonghop.user.MembershipGranted;
import vn.tonghop.user.MembershipRevoked;

/**
 * The audit lines of tenant administration. Units, users and tenants sit below audit, so they announce what they did as
 * CDI events; observed synchronously, so each line is written in the transaction of the change it records.
 */
@ApplicationScoped
public class AdministrationTrail {

    @Inject
    AuditLog audit;

    void on(@Observes UnitsImported e) {
        audit.record(AuditAction.IMPORT, null, "units", null, e.summary(), null, e.result());
    }

    void on(@Observes UnitsExported e) {
        audit.record(AuditAction.EXPORT, null, "units", null, e.fileName());
    }

    void on(@Observes UnitReorganised e) {
        UnitEvent u = e.event();
        audit.record(AuditAction.REORGANISE, u.unit, "unit_event", u.id,
                u.kind + " " + u.unit.code + (u.target == null ? "" : " → " + u.target.code) + " " + u.effectiveOn,
                null, null);
    }

    void on(@Observes MembershipGranted e) {
        Membership m = e.membership();
        audit.record(AuditAction.GRANT, m.unit, "membership", m.id, m.user.username + " " + m.role.code());
    }

    void on(@Observes MembershipRevoked e) {
        Membership m = e.membership();
        audit.record(AuditAction.REVOKE, m.unit, "membership", m.id, m.user.username + " " + m.role.code());
    }

    void on(@Observes TenantCreated e) {
        audit.record(AuditAction.CREATE, e.root(), "tenant", e.tenant().code,
                e.tenant().name + " — " + e.adminUsername());
    }
}
