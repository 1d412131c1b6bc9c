package vn.tonghop.rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.submission.SubmissionContent;

/**
 * The issuing unit's part of a consolidation: its own rows of the annex tables, the consolidated text of each section
 * (the body of the consolidated report) and the report's number, date and signer. Same JSON shape as a submission.
 */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport extends TenantOwnedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String data = "{}";

    @Column(name = "report_number")
    public String reportNumber;

    @Column(name = "report_date")
    public LocalDate reportDate;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "signer_capacity")
    public String signerCapacity;

    public String distribution;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public SubmissionContent content() {
        return SubmissionContent.fromJson(data);
    }
}
