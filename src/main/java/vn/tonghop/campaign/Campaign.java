package vn.tonghop.campaign;

import java.time.LocalDate;
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
import vn.tonghop.audit.AuditSubject;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;

/** A report request: the official letter's data, the report regime (Decree 09/2019) and a frozen outline. */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantOwnedEntity implements AuditSubject {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id")
    public TemplateVersion template;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_unit_id")
    public Unit issuerUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Campaign parent;

    @Column(nullable = false)
    public String title;

    public String subject;

    @Column(name = "letter_number")
    public String letterNumber;

    @Column(name = "letter_date")
    public LocalDate letterDate;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    public String addressees;

    public String distribution;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "signer_capacity")
    public String signerCapacity;

    @Column(name = "responds_to")
    public String respondsTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false)
    public ReportType reportType;

    /** The deadline falls before the period ends and the issuer confirmed it as meant. */
    @Column(name = "early_deadline_confirmed", nullable = false)
    public boolean earlyDeadlineConfirmed;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "cut_off")
    public LocalDate cutOff;

    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    public LatePolicy latePolicy;

    @Column(name = "lock_after_days")
    public Integer lockAfterDays;

    @Column(name = "reminder_days", nullable = false)
    public int reminderDays = 2;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    /** How the recipients were chosen: a mode, and the units picked by hand besides it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_mode", nullable = false)
    public RecipientSelection.Mode recipientMode = RecipientSelection.Mode.LIST;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public UnitKind recipientKind;

    /** The hand-picked codes; null for campaigns made before the choice was kept (their slots are the list). */
    @Column(name = "recipient_codes")
    public String[] recipientCodes;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    public long version;

    /** The day whose hierarchy the campaign uses: its data cut-off, else the end of its period. */
    public LocalDate referenceDay() {
        return cutOff != null ? cutOff : periodEnd;
    }

    /** Audited at the issuing unit. */
    @Override
    public Unit auditUnit() {
        return issuerUnit;
    }

    @Override
    public String auditType() {
        return "campaign";
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** Letter number and title, as people cite the request. */
    @Override
    public String auditLabel() {
        return letterNumber == null || letterNumber.isBlank() ? title : letterNumber + " — " + title;
    }
}
