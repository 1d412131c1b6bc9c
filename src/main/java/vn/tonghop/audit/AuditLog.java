package vn.tonghop.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.query.QueryFlushMode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.unit.Unit;

/**
 * Writes the audit trail: one call per action, from the service that carries it out, inside its transaction (so a
 * refused or failed action leaves no line). The tenant comes from the discriminator like every other row.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    static final int MAX_SUMMARY = 1000;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    ObjectMapper json;

    public void record(AuditAction action, Unit unit, String entityType, Object entityId, String summary) {
        record(action, unit, entityType, entityId, summary, null, null);
    }

    /**
     * An action with the values before and after it (any JSON-serialisable value; null when there is none). Written
     * with one plain insert (the tenant named as the discriminator would): a line is never read back in the transaction
     * that writes it, and an entity insert would have the database send the whole row back. Nor does it flush the
     * session first: the insert reads nothing, and an automatic flush would dirty-check every loaded entity for it.
     */
    public void record(AuditAction action, Unit unit, String entityType, Object entityId, String summary, Object before,
            Object after) {
        var session = AuditEvent.getSession();
        session.createNativeQuery(INSERT).addSynchronizedEntityClass(AuditEvent.class)
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                .setParameter(1, String.valueOf(session.getTenantIdentifierValue()))
                .setParameter(2, clock.nowOffset(), OffsetDateTime.class).setParameter(3, username(), String.class)
                .setParameter(4, unit == null ? null : unit.id, Long.class)
                .setParameter(5, unit == null ? null : unit.code, String.class).setParameter(6, action.name())
                .setParameter(7, entityType, String.class)
                .setParameter(8, entityId == null ? null : entityId.toString(), String.class)
                .setParameter(9,
                        summary == null || summary.length() <= MAX_SUMMARY ? summary
                                : summary.substring(0, MAX_SUMMARY),
                        String.class)
                .setParameter(10, toJson(before), String.class).setParameter(11, toJson(after), String.class)
                .executeUpdate();
    }

    private static final String INSERT = "insert into audit_event (tenant_id, at, username, unit_id, unit_code, action,"
            + " entity_type, entity_id, summary, before, after)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))";

    /** An action on a campaign, at its issuing unit; summarised by its name (letter number and title). */
    public void campaign(AuditAction action, AuditSubject c) {
        campaign(action, c, null, null);
    }

    public void campaign(AuditAction action, AuditSubject c, Object before, Object after) {
        record(action, c.auditUnit(), c.auditType(), c.auditId(), c.auditLabel(), before, after);
    }

    /** An action on a unit's report, at that unit; {@code note} (a return comment) after the campaign's name. */
    public void submission(AuditAction action, AuditSubject s, String note) {
        String campaign = s.auditLabel();
        record(action, s.auditUnit(), s.auditType(), s.auditId(), note == null ? campaign : campaign + ": " + note);
    }

    /** A report saved: only the sections and cells that changed, before and after. */
    public <T extends AuditedValues<T>> void values(AuditSubject s, T before, T after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (AuditedValues.Change c : before.changesTo(after)) {
            was.put(c.key(), c.before());
            now.put(c.key(), c.after());
        }
        record(AuditAction.SAVE, s.auditUnit(), s.auditType(), s.auditId(), s.auditLabel(), was, now);
    }

    /** A file downloaded: which campaign, which file. */
    public void export(AuditSubject c, String fileName) {
        record(AuditAction.EXPORT, c.auditUnit(), c.auditType(), c.auditId(), fileName);
    }

    private String username() {
        try {
            return currentUser.isLoggedIn() ? currentUser.username() : null;
        } catch (RuntimeException e) {
            // a scheduled job has no logged-in user: the portal acted itself
            return null;
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit values must be serialisable", e);
        }
    }
}
