package vn.tonghop.submission;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.query.QueryFlushMode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

/**
 * A report's workflow past the draft: the unit submits it, signed, and the issuer may return it for revision; each step
 * keeps the report as it stands as a new {@link SubmissionVersion}.
 */
@ApplicationScoped
@Transactional
public class SubmissionWorkflow {

    @Inject
    SubmissionService submissions;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    Event<SubmissionReturned> returned;

    @Inject
    AuditLog audit;

    @Inject
    EarlierPeriodFill earlier;

    /** Submits the stored report, with explanations for its warnings; errors and unexplained warnings refuse it. */
    public Submission submit(long campaignId, String unitCode, String signerName, String signerTitle,
            Map<String, String> explanations) {
        SubmissionService.Located found = submissions.locateToWrite(campaignId, unitCode);
        Submission s = found.submission();
        submissions.requireEditable(s);
        if (!submissions.isSigner(s)) {
            throw PortalException.forbidden(submissions.msg().approverOnly());
        }
        if (signerName == null || signerName.isBlank()) {
            throw PortalException.invalid(submissions.msg().signerRequired());
        }
        SubmissionContent content = SubmissionContent.of(s);
        boolean explained = explanations != null && !explanations.isEmpty();
        if (explained) {
            content = content.merge(new SubmissionContent(null, null, explanations));
        }
        SubmissionValidator.Scope scope = submissions.scope(s, found.treeRevision());
        SubmissionContent filled = earlier.fill(s, submissions.outline(s), content, scope);
        boolean changed = explained || !filled.sameAs(content);
        content = filled;
        List<SubmissionIssue> blocking = new ArrayList<>();
        for (SubmissionIssue issue : submissions.validator().rules(submissions.outline(s), content, scope)) {
            if (issue.isError()) {
                blocking.add(issue);
            } else if (content.explanations().getOrDefault(issue.code(), "").isBlank()) {
                blocking.add(new SubmissionIssue(issue.table(), issue.row(), issue.column(),
                        submissions.msg().explanationNeeded(issue.message()), issue.severity(), issue.code()));
            }
        }
        if (!blocking.isEmpty()) {
            throw new PortalException(422, List.of(submissions.msg().cannotSubmit()), blocking);
        }
        OffsetDateTime now = clock.nowOffset();
        if (changed) {
            s.data = content.toJson();
        }
        s.status = SubmissionStatus.SUBMITTED;
        s.submittedAt = now;
        s.submittedBy = currentUser.username();
        s.late = now.isAfter(s.effectiveDeadline());
        s.signerName = signerName.trim();
        s.signerTitle = signerTitle == null ? null : signerTitle.trim();
        s.returnComment = null;
        s.updatedAt = now;
        s.updatedBy = currentUser.username();
        keepVersion(s, null);
        Submission.getEntityManager().flush();
        audit.submission(AuditAction.SUBMIT, s, null);
        return s;
    }

    /** The issuer sends a submitted report back for revision; the unit edits it and submits again. */
    public Submission returnForRevision(long campaignId, String unitCode, String comment) {
        Submission s = submissions.find(campaignId, unitCode);
        if (!campaigns.canManage(s.campaign)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        if (s.status != SubmissionStatus.SUBMITTED) {
            throw PortalException.conflict(submissions.msg().notSubmitted());
        }
        if (comment == null || comment.isBlank()) {
            throw PortalException.invalid(submissions.msg().returnCommentRequired());
        }
        s.status = SubmissionStatus.RETURNED;
        s.returnComment = comment.trim();
        s.updatedAt = clock.nowOffset();
        s.updatedBy = currentUser.username();
        keepVersion(s, s.returnComment);
        returned.fire(new SubmissionReturned(s));
        audit.submission(AuditAction.RETURN, s, s.returnComment);
        Submission.getEntityManager().flush();
        return s;
    }

    /**
     * Keeps the report as it stands as its next version, numbered in the same statement: one plain insert, where an
     * entity would take a query for the number and have the database send the whole row back.
     */
    private void keepVersion(Submission s, String note) {
        var session = SubmissionVersion.getSession();
        String tenant = String.valueOf(session.getTenantIdentifierValue());
        // no flush before it: the statement reads only earlier versions, which are never pending in the session
        session.createNativeQuery(KEEP_VERSION).addSynchronizedEntityClass(SubmissionVersion.class)
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH).setParameter(1, tenant).setParameter(2, s.id)
                .setParameter(3, s.status.name()).setParameter(4, s.data).setParameter(5, note, String.class)
                .setParameter(6, s.signerName, String.class).setParameter(7, s.signerTitle, String.class)
                .setParameter(8, s.late).setParameter(9, s.submittedAt, OffsetDateTime.class)
                .setParameter(10, currentUser.username(), String.class).setParameter(11, s.id).setParameter(12, tenant)
                .executeUpdate();
    }

    private static final String KEEP_VERSION = "insert into submission_version (tenant_id, submission_id, number,"
            + " status, data, note, signer_name, signer_title, late, submitted_at, created_by)"
            + " select ?, ?, coalesce(max(number), 0) + 1, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?"
            + " from submission_version where submission_id = ? and tenant_id = ?";
}
