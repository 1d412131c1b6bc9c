package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.tonghop.platform.time.PortalClock;

/**
 * A campaign as the API and pages show it; times in Asia/Ho_Chi_Minh. Recipients are all of them for the issuer's side,
 * only the user's own units otherwise; relays only those the user may read.
 */
public record CampaignView(long id, String status, String title, String templateCode, int templateVersion,
        String issuerUnitCode, String issuerUnitName, String letterNumber, LocalDate letterDate, String subject,
        String urgency, String addressees, String distribution, String signerName, String signerTitle,
        String signerCapacity, String respondsTo, String reportType, String periodLabel, LocalDate periodStart,
        LocalDate periodEnd, LocalDate cutOff, OffsetDateTime deadline, String latePolicy, Integer lockAfterDays,
        int reminderDays, Long parentId, List<Long> childIds, CampaignProgress.Progress progress,
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

    static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(PortalClock.ZONE).toOffsetDateTime();
    }
}
