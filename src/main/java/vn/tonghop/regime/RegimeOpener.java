package vn.tonghop.regime;

import java.util.List;
import java.util.Optional;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignOpening;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.unit.Unit;

/**
 * Opens one period of a regime as a published campaign, once. The period is claimed by inserting its
 * {@code regime_period} row with "on conflict do nothing" in the same transaction as the campaign: of two openers at
 * once (two replicas, or the job and an issuer), the second one's insert waits for the first's commit and then does
 * nothing, so it opens nothing. Works inside the caller's transaction.
 */
@ApplicationScoped
public class RegimeOpener {

    @Inject
    RegimeRecipients recipients;

    @Inject
    CampaignOpening opening;

    @Inject
    PortalClock clock;

    /** The recipients the period would go to now, by the regime's rule on the period's reference day. */
    public List<Unit> recipientsOf(Regime r, RegimePeriod period) {
        return recipients.resolve(r.issuerUnit, r.recipientRule, r.recipientKind,
                r.recipientCodes == null ? List.of() : List.of(r.recipientCodes), r.rule().referenceDay(period));
    }

    /**
     * Opens the period for these recipients unless it has been opened already; the campaign opened, or empty when
     * another opener had claimed the period.
     */
    public Optional<Campaign> open(Regime r, RegimePeriod period, List<Unit> to, String actor) {
        if (!claim(r, period, actor)) {
            return Optional.empty();
        }
        Campaign c = opening.publish(campaignOf(r, period), to, actor);
        OpenedPeriod.update("campaign = ?1 where regime = ?2 and periodCode = ?3", c, r, period.code());
        Log.infof("Regime %d opened %s as campaign %d for %d units", r.id, period.code(), c.id, to.size());
        return Optional.of(c);
    }

    private boolean claim(Regime r, RegimePeriod period, String actor) {
        return OpenedPeriod.getEntityManager().createNativeQuery("""
                insert into regime_period (tenant_id, regime_id, period_code, opened_at, opened_by)
                values (:tenant, :regime, :period, :at, :by)
                on conflict (regime_id, period_code) do nothing""").setParameter("tenant", r.tenantId)
                .setParameter("regime", r.id).setParameter("period", period.code())
                .setParameter("at", clock.nowOffset()).setParameter("by", actor).executeUpdate() == 1;
    }

    /** The period's campaign: the regime's letter and rules, the period's label and dates. */
    static Campaign campaignOf(Regime r, RegimePeriod period) {
        Campaign c = new Campaign();
        c.template = r.template;
        c.issuerUnit = r.issuerUnit;
        c.title = withPeriod(r.title, period);
        c.subject = r.subject == null ? null : withPeriod(r.subject, period);
        c.urgency = r.urgency;
        c.addressees = r.addressees;
        c.distribution = r.distribution;
        c.signerName = r.signerName;
        c.signerTitle = r.signerTitle;
        c.signerCapacity = r.signerCapacity;
        c.respondsTo = r.respondsTo;
        c.reportType = r.reportType;
        c.periodLabel = period.label();
        c.periodStart = period.start();
        c.periodEnd = period.end();
        c.cutOff = r.rule().cutOff(period);
        c.deadline = r.rule().deadline(period);
        c.latePolicy = r.latePolicy;
        c.lockAfterDays = r.lockAfterDays;
        c.reminderDays = r.reminderDays;
        return c;
    }

    /** "Báo cáo công tác cải cách hành chính" + "Quý I/2027" → "… quý I/2027", as a letter's title reads. */
    static String withPeriod(String text, RegimePeriod period) {
        String label = period.label();
        return text.trim() + " " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
