package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.Submission;

/** A campaign as the API and pages show it; times in Asia/Ho_Chi_Minh. */
public record CampaignView(long id, String status, String title, String templateCode, int templateVersion,
        String issuerUnitCode, String issuerUnitName, String letterNumber, LocalDate letterDate, String subject,
        String urgency, String addressees, String distribution, String signerName, String signerTitle,
        String respondsTo, String reportType, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
        LocalDate cutOff, OffsetDateTime deadline, String latePolicy, Long parentId, List<Long> childIds,
        CampaignService.Progress progress, List<RecipientView> recipients, boolean canManage) {

    public record RecipientView(String unitCode, String unitName, String status, OffsetDateTime deadline,
            OffsetDateTime submittedAt, boolean late) {
    }

    static CampaignView of(Campaign c, CampaignService service) {
        List<RecipientView> recipients = service.submissions(c).stream().map(s -> recipient(s, service)).toList();
        return new CampaignView(c.id, c.status.name(), c.title, c.template.code, c.template.version, c.issuerUnit.code,
                c.issuerUnit.name, c.letterNumber, c.letterDate, c.subject, c.urgency.name(), c.addressees,
                c.distribution, c.signerName, c.signerTitle, c.respondsTo, c.reportType.name(), c.periodLabel,
                c.periodStart, c.periodEnd, c.cutOff, local(c.deadline), c.latePolicy.name(),
                c.parent == null ? null : c.parent.id, service.children(c).stream().map(k -> k.id).toList(),
                service.progress(c), recipients, service.canManage(c));
    }

    private static RecipientView recipient(Submission s, CampaignService service) {
        return new RecipientView(s.unit.code, s.unit.name, service.displayStatus(s), local(s.effectiveDeadline()),
                local(s.submittedAt), s.late);
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(PortalClock.ZONE).toOffsetDateTime();
    }
}
