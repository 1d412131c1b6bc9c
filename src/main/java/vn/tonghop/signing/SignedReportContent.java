package vn.tonghop.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** The bytes of a signed report, read only when someone downloads it. */
@Entity
@Table(name = "signed_report_content")
public class SignedReportContent extends TenantOwnedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signed_report_id")
    public SignedReport report;

    @Column(nullable = false)
    public byte[] bytes;
}
