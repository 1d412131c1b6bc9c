package vn.tonghop.unit;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tenant's unit tree revision (V9), bumped by triggers on any change of a unit or placement; read only, so that a
 * query may read it alongside what it reads (see {@link UnitService#subtreeCached}).
 */
@Entity
@Immutable
@Table(name = "unit_tree_revision")
public class UnitTreeRevision {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    public long revision;

    @Column(name = "last_tx")
    public Long lastTx;

    /** The revision as {@link UnitService#treeRevision} gives it, from the two values a query selected. */
    public static String of(Long revision, Long lastTx) {
        return revision == null ? "0" : revision + ":" + (lastTx == null ? 0 : lastTx);
    }
}
