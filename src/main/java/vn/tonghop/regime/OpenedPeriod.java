package vn.tonghop.regime;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** A period of a regime whose campaign has been opened: written once, by whichever opener claimed it first. */
@Entity
@Table(name = "regime_period")
public class OpenedPeriod extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id")
    public Regime regime;

    @Column(name = "period_code", nullable = false)
    public String periodCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "opened_by")
    public String openedBy;
}
