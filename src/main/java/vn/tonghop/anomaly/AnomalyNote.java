package vn.tonghop.anomaly;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** The reporter's justification of a flagged cell and the check of whoever verified it. */
@Entity
@Table(name = "anomaly_note")
public class AnomalyNote extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @Column(name = "table_code", nullable = false)
    public String tableCode;

    @Column(name = "row_key", nullable = false)
    public String rowKey;

    @Column(name = "column_code", nullable = false)
    public String columnCode;

    public String justification;

    @Column(name = "justified_by")
    public String justifiedBy;

    @Column(name = "justified_at")
    public OffsetDateTime justifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Version
    public long version;

    boolean isFor(String table, String row, String column) {
        return tableCode.equals(table) && rowKey.equals(row) && columnCode.equals(column);
    }
}
