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

/** An in-app message to a unit's inbox; each of the unit's users marks it read for themselves. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** The user's text that goes with it: the campaign's title, the reason of an extension, a return comment. */
    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
