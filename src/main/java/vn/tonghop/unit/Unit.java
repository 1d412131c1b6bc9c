package vn.tonghop.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** An administrative unit. Where it sits in the tree over time is kept in {@link UnitPlacement}. */
@Entity
@Table(name = "unit")
public class Unit extends TenantOwnedEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day the unit exists (inclusive); null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    public long version;

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
