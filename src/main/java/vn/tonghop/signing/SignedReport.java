package vn.tonghop.signing;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** The signed PDF of a campaign's consolidated report and what its verification found; the bytes live apart. */
@Entity
@Table(name = "signed_report")
public class SignedReport extends TenantOwnedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false)
    public String signer;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(nullable = false)
    public boolean intact;

    /** The common name of the signing certificate's issuer (null for files kept before it was recorded). */
    @Column(name = "certificate_issuer")
    public String certificateIssuer;

    /** The certificate chained to an installed trust anchor; null when none was installed. */
    @Column(name = "chain_trusted")
    public Boolean chainTrusted;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    /** The consolidated report's version at upload (null when it had never been saved). */
    @Column(name = "consolidated_version")
    public Long consolidatedVersion;

    @Version
    public long version;
}
