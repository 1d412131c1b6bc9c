package vn.tonghop.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/**
 * A unit's position in the tree during an interval (both ends inclusive). {@code path} lists unit ids from the root
 * ("/1/5/23/") so that a subtree on a date is one indexed prefix query.
 */
@Entity
@Table(name = "unit_placement")
public class UnitPlacement extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    @Column(nullable = false)
    public String path;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
