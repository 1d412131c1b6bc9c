package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.platform.time.PortalClock;

/** A regime as the API shows it, with its periods; times in Asia/Ho_Chi_Minh. */
public record RegimeView(long id, String title, String templateCode, int templateVersion, String issuerUnitCode,
        String issuerUnitName, String subject, String urgency, String addressees, String distribution,
        String signerName, String signerTitle, String signerCapacity, String respondsTo, String reportType,
        String frequency, String firstPeriod, String lastPeriod, Integer cutoffDay, Integer deadlineDay,
        Integer deadlineOffsetDays, RecipientsView recipients, String latePolicy, Integer lockAfterDays,
        int reminderDays, String nextPeriod, boolean canManage, long version, List<PeriodView> periods) {

    public record RecipientsView(String rule, String kind, List<String> unitCodes) {
    }

    /** One period: {@code campaignId} and {@code progress} once opened (and readable by the caller). */
    public record PeriodView(String period, String label, LocalDate start, LocalDate end, LocalDate cutoff,
            OffsetDateTime deadline, boolean opened, Long campaignId, CampaignProgress.Progress progress) {
    }

    /** A regime in the list: no periods. */
    public record Item(long id, String title, String issuerUnitCode, String issuerUnitName, String frequency,
            String firstPeriod, String lastPeriod, String nextPeriod) {
    }

    static RegimeView of(Regime r, RegimeService service) {
        List<PeriodView> periods = service.periods(r).stream()
                .map(p -> new PeriodView(p.period().code(), p.period().label(), p.period().start(), p.period().end(),
                        p.cutOff(), PortalClock.local(p.deadline()), p.opened(),
                        p.campaign() == null ? null : p.campaign().id, p.progress()))
                .toList();
        return new RegimeView(r.id, r.title, r.template.code, r.template.version, r.issuerUnit.code, r.issuerUnit.name,
                r.subject, r.urgency.name(), r.addressees, r.distribution, r.signerName, r.signerTitle,
                r.signerCapacity, r.respondsTo, r.reportType.name(), r.frequency.name(), r.firstPeriod, r.lastPeriod,
                r.cutoffDay, r.deadlineDay, r.deadlineOffsetDays,
                new RecipientsView(r.recipientRule.name(), r.recipientKind == null ? null : r.recipientKind.name(),
                        r.recipientCodes == null ? List.of() : List.of(r.recipientCodes)),
                r.latePolicy.name(), r.lockAfterDays, r.reminderDays,
                service.nextToOpen(r).map(RegimePeriod::code).orElse(null), service.canManage(r), r.version, periods);
    }

    static Item item(Regime r, RegimeService service) {
        return new Item(r.id, r.title, r.issuerUnit.code, r.issuerUnit.name, r.frequency.name(), r.firstPeriod,
                r.lastPeriod, service.nextToOpen(r).map(RegimePeriod::code).orElse(null));
    }
}
