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

/** A recorded deadline extension, for everyone (no unit) or for one unit. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "old_deadline", nullable = false)
    public OffsetDateTime oldDeadline;

    @Column(name = "new_deadline", nullable = false)
    public OffsetDateTime newDeadline;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    /** Set from the portal's clock, so that an extension reads right beside the deadlines it moves. */
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
