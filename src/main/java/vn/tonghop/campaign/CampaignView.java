package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.Submission;

/**
 * A campaign as the API and pages show it; times in Asia/Ho_Chi_Minh. Recipients are all of them for the issuer's side,
 * only the user's own units otherwise; relays only those the user may read.
 */
public record CampaignView(long id, String status, String title, String templateCode, int templateVersion,
        String issuerUnitCode, String issuerUnitName, String letterNumber, LocalDate letterDate, String subject,
        String urgency, String addressees, String distribution, String signerName, String signerTitle,
        String signerCapacity, String respondsTo, String reportType, String periodLabel, LocalDate periodStart,
        LocalDate periodEnd, LocalDate cutOff, OffsetDateTime deadline, String latePolicy, Integer lockAfterDays,
        int reminderDays, Long parentId, List<Long> childIds, CampaignService.Progress progress,
        List<RecipientView> recipients, List<ExtensionView> extensions, boolean canManage, boolean issuerSide,
        long version, String templateTitle) {

    public record RecipientView(String unitCode, String unitName, String status, OffsetDateTime deadline,
            OffsetDateTime submittedAt, boolean late) {
    }

    /** A recorded extension; {@code unitCode} null when it was for everyone. */
    public record ExtensionView(String unitCode, String unitName, OffsetDateTime oldDeadline,
            OffsetDateTime newDeadline, String reason, String createdBy, OffsetDateTime createdAt) {
    }

    /** The deadline falls before the reporting period ends (a deliberate choice, confirmed when it was set). */
    public boolean earlyDeadline() {
        return deadline != null && periodEnd != null && !deadline.toLocalDate().isAfter(periodEnd);
    }

    static CampaignView of(Campaign c, CampaignService service) {
        List<RecipientView> recipients = service.visibleSubmissions(c).stream().map(s -> recipient(s, service))
                .toList();
        List<ExtensionView> extensions = service.isIssuerSide(c)
                ? service.extensions(c).stream().map(CampaignView::extension).toList()
                : List.of();
        return new CampaignView(c.id, c.status.name(), c.title, c.template.code, c.template.version, c.issuerUnit.code,
                c.issuerUnit.name, c.letterNumber, c.letterDate, c.subject, c.urgency.name(), c.addressees,
                c.distribution, c.signerName, c.signerTitle, c.signerCapacity, c.respondsTo, c.reportType.name(),
                c.periodLabel, c.periodStart, c.periodEnd, c.cutOff, local(c.deadline), c.latePolicy.name(),
                c.lockAfterDays, c.reminderDays, c.parent == null ? null : c.parent.id,
                service.readableChildren(c).stream().map(k -> k.id).toList(), service.progress(c), recipients,
                extensions, service.canManage(c), service.isIssuerSide(c), c.version, c.template.title);
    }

    private static RecipientView recipient(Submission s, CampaignService service) {
        return new RecipientView(s.unit.code, s.unit.name, service.displayStatus(s), local(s.effectiveDeadline()),
                local(s.submittedAt), s.late);
    }

    private static ExtensionView extension(DeadlineExtension e) {
        return new ExtensionView(e.unit == null ? null : e.unit.code, e.unit == null ? null : e.unit.name,
                local(e.oldDeadline), local(e.newDeadline), e.reason, e.createdBy, local(e.createdAt));
    }

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(PortalClock.ZONE).toOffsetDateTime();
    }
}
