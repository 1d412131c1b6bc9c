package vn.tonghop.campaign;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.attachment.AttachmentOwner;
import vn.tonghop.attachment.AttachmentOwners;
import vn.tonghop.attachment.AttachmentService;
import vn.tonghop.attachment.OwnerKind;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

/**
 * A campaign's files (the issuer's letter and annexes): whoever reads the campaign reads them; those who manage it add
 * and delete them while it is a draft or published.
 */
@ApplicationScoped
public class CampaignAttachments implements AttachmentOwners {

    @Inject
    CampaignAccess campaigns;

    @Inject
    AttachmentService attachments;

    @Inject
    Messages messages;

    private final class Owner implements AttachmentOwner {

        private final Campaign c;

        Owner(Campaign c) {
            this.c = c;
        }

        @Override
        public long id() {
            return c.id;
        }

        @Override
        public boolean canChange() {
            return campaigns.canManage(c) && isOpen(c);
        }

        @Override
        public void requireChangeable() {
            if (!campaigns.canManage(c)) {
                throw PortalException.forbidden(attachments.msg().issuerOnly());
            }
            if (!isOpen(c)) {
                throw PortalException
                        .conflict(attachments.msg().campaignClosed(messages.get().statusName(c.status.name())));
            }
        }
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.CAMPAIGN;
    }

    @Override
    public AttachmentOwner find(long campaignId, String unitCode) {
        return new Owner(campaigns.find(campaignId));
    }

    @Override
    public Optional<AttachmentOwner> readable(long ownerId) {
        try {
            return Optional.of(find(ownerId, null));
        } catch (PortalException e) {
            return Optional.empty();
        }
    }

    @Override
    public String page(long ownerId) {
        return "/campaigns/" + ownerId;
    }

    private static boolean isOpen(Campaign c) {
        return c.status == CampaignStatus.DRAFT || c.status == CampaignStatus.PUBLISHED;
    }
}
