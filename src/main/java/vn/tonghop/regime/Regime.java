package vn.tonghop.regime;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.campaign.Urgency;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;

/**
 * A standing report regime (chế độ báo cáo định kỳ): what each period's campaign is made of (the letter's fields, the
 * outline frozen at creation), who it goes to, how often, and when data is cut off and due.
 */
@Entity
@Table(name = "regime")
public class Regime extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id")
    public TemplateVersion template;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_unit_id")
    public Unit issuerUnit;

    @Column(nullable = false)
    public String title;

    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency = Urgency.NORMAL;

    public String addressees;

    public String distribution;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "signer_capacity")
    public String signerCapacity;

    /** The legal basis the reports answer ("Quyết định số …"), written as campaigns write what they respond to. */
    @Column(name = "responds_to")
    public String respondsTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false)
    public ReportType reportType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "first_period", nullable = false)
    public String firstPeriod;

    @Column(name = "last_period")
    public String lastPeriod;

    @Column(name = "cutoff_day")
    public Integer cutoffDay;

    @Column(name = "deadline_day")
    public Integer deadlineDay;

    @Column(name = "deadline_offset_days")
    public Integer deadlineOffsetDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_rule", nullable = false)
    public RecipientRule recipientRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public UnitKind recipientKind;

    @Column(name = "recipient_codes")
    public String[] recipientCodes;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    public LatePolicy latePolicy;

    @Column(name = "lock_after_days")
    public Integer lockAfterDays;

    @Column(name = "reminder_days", nullable = false)
    public int reminderDays = 2;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public RegimePeriod first() {
        return RegimePeriod.parse(frequency, firstPeriod).orElseThrow();
    }

    /** The last period, or null while the regime runs on. */
    public RegimePeriod last() {
        return lastPeriod == null ? null : RegimePeriod.parse(frequency, lastPeriod).orElseThrow();
    }

    public DeadlineRule rule() {
        return new DeadlineRule(cutoffDay, deadlineDay, deadlineOffsetDays);
    }

    /** Whether the period lies within the regime's span. */
    public boolean covers(RegimePeriod period) {
        return period.compareTo(first()) >= 0 && (last() == null || period.compareTo(last()) <= 0);
    }
}
