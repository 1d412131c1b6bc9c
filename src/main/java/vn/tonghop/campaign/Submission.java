package vn.tonghop.campaign;

import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.audit.AuditSubject;
import vn.tonghop.platform.persistence.TenantOwnedEntity;
import vn.tonghop.unit.Unit;

/**
 * One unit's report in one campaign: the campaign's slot for a recipient, opened when the campaign is drafted, relayed
 * or addressed to more units, and counted for its progress. Its content is a JSON document ({@link #data}) that the
 * {@code submission} package reads and writes ({@code SubmissionContent.of}); campaign keeps it as it is.
 */
@Entity
@Table(name = "submission")
public class Submission extends TenantOwnedEntity implements AuditSubject {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status = SubmissionStatus.NOT_OPENED;

    /** A deadline extended for this unit alone. */
    @Column(name = "deadline_override")
    public OffsetDateTime deadlineOverride;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String data = "{}";

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "return_comment")
    public String returnComment;

    @Version
    public long version;

    @Column(name = "sent_for_approval_at")
    public OffsetDateTime sentForApprovalAt;

    @Column(name = "sent_for_approval_by")
    public String sentForApprovalBy;

    /** Sent to the approvers and not submitted since. */
    public boolean awaitsApproval() {
        return status != SubmissionStatus.SUBMITTED && sentForApprovalAt != null
                && (submittedAt == null || sentForApprovalAt.isAfter(submittedAt));
    }

    public OffsetDateTime effectiveDeadline() {
        return deadlineOverride != null ? deadlineOverride : campaign.deadline;
    }

    @Override
    public Unit auditUnit() {
        return unit;
    }

    @Override
    public String auditType() {
        return "submission";
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** Named by its campaign. */
    @Override
    public String auditLabel() {
        return campaign.auditLabel();
    }
}
