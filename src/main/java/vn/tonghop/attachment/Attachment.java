package vn.tonghop.attachment;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** A file attached to a campaign or a submission; its bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "attachment")
public class Attachment extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public OwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    /** What the file is, in the user's words: "Công văn đã ký", "Báo cáo có chữ ký (bản quét)". */
    @Column(nullable = false)
    public String label;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Decided from the content, never taken from the browser. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;
}
