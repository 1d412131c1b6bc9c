package vn.tonghop.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** The bytes of an attachment, read only when someone downloads it. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends TenantOwnedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attachment_id")
    public Attachment attachment;

    @Column(nullable = false)
    public byte[] bytes;
}
