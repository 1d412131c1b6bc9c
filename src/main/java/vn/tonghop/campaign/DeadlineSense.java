package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.CampaignChecks.Step;
import vn.tonghop.campaign.CampaignChecks.StepRefused;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.UxMessages;

/**
 * A deadline on or before the last day of the reporting period asks units to report on days still to come: the editor
 * asks the issuer to confirm it ("hạn nộp trước khi kỳ báo cáo kết thúc"), and the campaign keeps that it was meant.
 */
@ApplicationScoped
public class DeadlineSense {

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    static boolean early(OffsetDateTime deadline, ReportingPeriod period) {
        return deadline != null && period != null && !CampaignView.local(deadline).toLocalDate().isAfter(period.end());
    }

    /** Refuses the period step while an early deadline is not confirmed. */
    void require(OffsetDateTime deadline, ReportingPeriod period, boolean confirmed) {
        if (early(deadline, period) && !confirmed) {
            throw new StepRefused(Step.PERIOD, 422,
                    List.of(messages.bundle(UxMessages.class).deadlineBeforePeriodEndAsk(Formats.vn(deadline),
                            period.end().format(vn.tonghop.platform.time.PortalClock.DATE))));
        }
    }

    /** Keeps the issuer's choice on the campaign, in the audit trail when it changes. */
    void record(Campaign c, boolean early) {
        if (c.earlyDeadlineConfirmed != early) {
            audit.campaign(AuditAction.UPDATE, c, Map.of("earlyDeadlineConfirmed", c.earlyDeadlineConfirmed),
                    Map.of("earlyDeadlineConfirmed", early));
            c.earlyDeadlineConfirmed = early;
        }
    }
}
