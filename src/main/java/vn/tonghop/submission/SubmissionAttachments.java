package vn.tonghop.submission;

import java.util.EnumSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.attachment.AttachmentOwner;
import vn.tonghop.attachment.AttachmentOwners;
import vn.tonghop.attachment.AttachmentService;
import vn.tonghop.attachment.OwnerKind;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * A unit's report's files: whoever reads the report reads them; the unit's reporters and approvers add and delete them
 * while the report can be edited.
 */
@ApplicationScoped
public class SubmissionAttachments implements AttachmentOwners {

    @Inject
    SubmissionService submissions;

    @Inject
    AttachmentService attachments;

    @Inject
    AccessService access;

    private final class Owner implements AttachmentOwner {

        private final Submission s;

        Owner(Submission s) {
            this.s = s;
        }

        @Override
        public long id() {
            return s.id;
        }

        @Override
        public boolean canChange() {
            return submissions.canEdit(s);
        }

        @Override
        public void requireChangeable() {
            if (!access.has(s.unit, s.campaign.referenceDay(), EnumSet.of(Role.REPORTER, Role.APPROVER))) {
                throw PortalException.forbidden(attachments.msg().writersOnly());
            }
            submissions.whyLocked(s).ifPresent(reason -> {
                throw PortalException.conflict(reason);
            });
        }
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.SUBMISSION;
    }

    @Override
    public AttachmentOwner find(long campaignId, String unitCode) {
        return new Owner(submissions.find(campaignId, unitCode));
    }

    @Override
    public Optional<AttachmentOwner> readable(long ownerId) {
        Submission s = Submission.findById(ownerId);
        return s != null && submissions.canRead(s) ? Optional.of(new Owner(s)) : Optional.empty();
    }

    @Override
    public String page(long ownerId) {
        Submission s = Submission.findById(ownerId);
        return "/campaigns/" + s.campaign.id + "/submissions/" + s.unit.code;
    }
}
