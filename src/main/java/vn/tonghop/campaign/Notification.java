package vn.tonghop.campaign;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.unit.Unit;

/** An in-app message to a unit's inbox. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
