package vn.tonghop.attachment;

import java.time.OffsetDateTime;

import vn.tonghop.platform.time.PortalClock;

/** An attachment as lists show it; the bytes are at {@code downloadUrl}. */
public record AttachmentView(long id, String ownerKind, long ownerId, String label, String fileName, String contentType,
        long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt, String downloadUrl, boolean canDelete) {

    static AttachmentView of(Attachment a, boolean canDelete) {
        return new AttachmentView(a.id, a.ownerKind.name(), a.ownerId, a.label, a.fileName, a.contentType, a.size,
                a.sha256, a.uploadedBy, a.uploadedAt.atZoneSameInstant(PortalClock.ZONE).toOffsetDateTime(),
                "/api/attachments/" + a.id, canDelete);
    }

    /** "245 KB", "1,2 MB". */
    public String sizeText() {
        return Sizes.human(size);
    }
}
