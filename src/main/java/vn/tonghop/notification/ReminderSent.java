package vn.tonghop.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.unit.Unit;

/**
 * A scheduled reminder that went out: unique per campaign, unit, kind and deadline (an extension starts them anew).
 * Rows are claimed by a native insert (see {@link ReminderService}); the entity is for reading them.
 */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** The deadline the reminder was about. */
    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
