package vn.tonghop.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionDiff;
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

    public AuditEvent record(AuditAction action, Unit unit, String entityType, Object entityId, String summary) {
        return record(action, unit, entityType, entityId, summary, null, null);
    }

    /** An action with the values before and after it (any JSON-serialisable value; null when there is none). */
    public AuditEvent record(AuditAction action, Unit unit, String entityType, Object entityId, String summary,
            Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.at = clock.nowOffset();
        e.username = username();
        if (unit != null) {
            e.unitId = unit.id;
            e.unitCode = unit.code;
        }
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId == null ? null : entityId.toString();
        e.summary = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
        e.before = toJson(before);
        e.after = toJson(after);
        e.persist();
        return e;
    }

    /** An action on a campaign, at its issuing unit; summarised by letter number and title. */
    public AuditEvent campaign(AuditAction action, Campaign c) {
        return campaign(action, c, null, null);
    }

    /** An action on a campaign known by its id (already checked readable by the caller). */
    public AuditEvent campaign(AuditAction action, long campaignId) {
        Campaign c = Campaign.findById(campaignId);
        return c == null ? null : campaign(action, c);
    }

    public AuditEvent campaign(AuditAction action, Campaign c, Object before, Object after) {
        return record(action, c.issuerUnit, "campaign", c.id, describe(c), before, after);
    }

    /** An action on a unit's report, at that unit; {@code note} (a return comment) after the campaign's name. */
    public AuditEvent submission(AuditAction action, Submission s, String note) {
        String campaign = describe(s.campaign);
        return record(action, s.unit, "submission", s.id, note == null ? campaign : campaign + ": " + note);
    }

    /** A report saved: only the sections and cells that changed, before and after. */
    public AuditEvent values(Submission s, SubmissionContent before, SubmissionContent after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        List<SubmissionDiff.Change> changes = SubmissionDiff.between(before, after);
        for (SubmissionDiff.Change c : changes) {
            String key = c.table() == null ? "section/" + c.column() : c.table() + "/" + c.row() + "/" + c.column();
            was.put(key, c.before());
            now.put(key, c.after());
        }
        return record(AuditAction.SAVE, s.unit, "submission", s.id, describe(s.campaign), was, now);
    }

    /** A file downloaded: which campaign, which file. */
    public AuditEvent export(Campaign c, String fileName) {
        return record(AuditAction.EXPORT, c.issuerUnit, "campaign", c.id, fileName);
    }

    static String describe(Campaign c) {
        return c.letterNumber == null || c.letterNumber.isBlank() ? c.title : c.letterNumber + " — " + c.title;
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
