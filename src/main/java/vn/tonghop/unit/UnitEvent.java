package vn.tonghop.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** A reorganisation recorded as history: a unit merged into another, dissolved, or moved under a new parent. */
@Entity
@Table(name = "unit_event")
public class UnitEvent extends TenantOwnedEntity {

    public enum Kind {
        MERGE, DISSOLVE, MOVE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id")
    public Unit target;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String note;

    @Column(name = "created_by")
    public String createdBy;
}
