package vn.tonghop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tonghop.campaign.CampaignPublished;
import vn.tonghop.campaign.DeadlineExtended;
import vn.tonghop.campaign.Submission;
import vn.tonghop.submission.SubmissionReturned;
import vn.tonghop.submission.SubmissionSentForApproval;

/**
 * The notifications of the campaign and report workflow. Campaigns and submissions sit below notification, so they
 * announce what happened as CDI events; observed synchronously, so each notification is written in the transaction of
 * the change (and a failure rolls it back, as the direct call did).
 */
@ApplicationScoped
public class WorkflowNotices {

    @Inject
    NotificationService notifications;

    void on(@Observes CampaignPublished e) {
        notifications.notify(e.campaign(), e.unit(), NotificationKind.PUBLISHED, e.campaign().title);
    }

    void on(@Observes DeadlineExtended e) {
        notifications.notify(e.campaign(), e.unit(), NotificationKind.EXTENDED, e.reason());
    }

    void on(@Observes SubmissionReturned e) {
        Submission s = e.submission();
        notifications.notify(s.campaign, s.unit, NotificationKind.RETURNED, s.returnComment);
    }

    void on(@Observes SubmissionSentForApproval e) {
        Submission s = e.submission();
        notifications.notify(s.campaign, s.unit, NotificationKind.AWAITING_APPROVAL, e.notice());
    }
}
