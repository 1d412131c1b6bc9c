package vn.tonghop.attachment;

import java.util.Optional;

/**
 * The owners of one {@link OwnerKind}, implemented by the feature they belong to (campaign, submission): attachments
 * sit below those features, so they ask them rather than read campaigns and reports themselves.
 */
public interface AttachmentOwners {

    OwnerKind kind();

    /**
     * The owner at {@code /campaigns/{campaignId}} ({@code unitCode} null: the campaign) or at one of its units (the
     * unit's report), as the user may read it: 404 otherwise.
     */
    AttachmentOwner find(long campaignId, String unitCode);

    /** The owner of stored files if the user may read it; empty when it is gone or out of the user's reach. */
    Optional<AttachmentOwner> readable(long ownerId);

    /** Where the owner's page is, for redirects after a page action. */
    String page(long ownerId);
}
