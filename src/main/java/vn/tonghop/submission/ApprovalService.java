package vn.tonghop.submission;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/**
 * The hand-off inside a unit: a reporter sends the report to the unit's approvers, who are told in the portal and by
 * e-mail and find it on their home page; the report reads "Chờ duyệt" until one of them submits it.
 */
@ApplicationScoped
@Transactional
public class ApprovalService {

    @Inject
    SubmissionService submissions;

    @Inject
    Event<SubmissionSentForApproval> sentForApproval;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    /** Sends the stored report to the unit's approvers. */
    public Submission send(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        if (!submissions.canEdit(s)) {
            submissions.whyLocked(s).ifPresent(reason -> {
                throw PortalException.conflict(reason);
            });
            throw PortalException.forbidden(messages.get().forbidden());
        }
        List<String> approvers = approvers(s);
        if (approvers.isEmpty()) {
            throw PortalException.conflict(ux().noApprover());
        }
        s.sentForApprovalAt = clock.nowOffset();
        s.sentForApprovalBy = currentUser.username();
        if (s.status == SubmissionStatus.NOT_OPENED) {
            s.status = SubmissionStatus.DRAFT;
        }
        sentForApproval.fire(
                new SubmissionSentForApproval(s, ux().sentForApprovalNotice(currentUser.username(), s.campaign.title)));
        audit.submission(AuditAction.UPDATE, s, ux().sentForApprovalAudit(String.join(", ", approvers)));
        Submission.getEntityManager().flush();
        return s;
    }

    /** Logins of the unit's approvers. */
    public List<String> approvers(Submission s) {
        return Membership
                .<Membership> find("from Membership m join fetch m.user where m.unit = ?1 and m.role = ?2"
                        + " order by m.user.username", s.unit, Role.APPROVER)
                .list().stream().map(m -> m.user.username).toList();
    }

    /** Reports of the units I approve for that were sent to me and are not submitted yet, oldest first. */
    public List<Submission> waitingForMe() {
        List<Long> units = access.unitsWithRole(EnumSet.of(Role.APPROVER)).stream().map(u -> u.id).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return Submission.<Submission> find("from Submission s join fetch s.campaign c join fetch s.unit"
                + " join fetch c.issuerUnit where s.unit.id in ?1 and c.status = ?2 and s.status <> ?3"
                + " and s.sentForApprovalAt is not null"
                + " and (s.submittedAt is null or s.sentForApprovalAt > s.submittedAt) order by s.sentForApprovalAt",
                units, CampaignStatus.PUBLISHED, SubmissionStatus.SUBMITTED).list();
    }

    private vn.tonghop.platform.web.UxMessages ux() {
        return messages.bundle(vn.tonghop.platform.web.UxMessages.class);
    }
}
