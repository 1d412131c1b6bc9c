package vn.tonghop.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.user.Role;

/**
 * Files attached to campaigns (by the issuer, while the campaign is a draft or published) and to units' reports (by the
 * unit's staff, while the report can be edited). Whoever may read the owner may list and download them; anyone else
 * gets 404. Only PDF, DOCX and XLSX are accepted, recognised by their content.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    static final int MAX_LABEL = 200;
    static final String FALLBACK_NAME = "tep-dinh-kem";

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    AttachmentConfig config;

    /** A file to send back. */
    public record Download(String fileName, String contentType, String sha256, byte[] bytes) {
    }

    public AttachmentMessages msg() {
        return forLocale(messages.locale());
    }

    static AttachmentMessages forLocale(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(AttachmentMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AttachmentMessages.class);
    }

    public String limitsText() {
        return msg().limits(Sizes.human(config.maxSize().asLongValue()));
    }

    // ---- campaigns ----

    public List<AttachmentView> listForCampaign(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        return list(OwnerKind.CAMPAIGN, c.id, canChange(c));
    }

    public boolean canUploadToCampaign(long campaignId) {
        return canChange(campaigns.find(campaignId));
    }

    private boolean canChange(Campaign c) {
        return campaigns.canManage(c) && isOpen(c);
    }

    public AttachmentView attachToCampaign(long campaignId, String label, String fileName, Path file) {
        Campaign c = campaigns.find(campaignId);
        requireChangeable(c);
        return store(OwnerKind.CAMPAIGN, c.id, label, fileName, file);
    }

    private void requireChangeable(Campaign c) {
        if (!campaigns.canManage(c)) {
            throw PortalException.forbidden(msg().issuerOnly());
        }
        if (!isOpen(c)) {
            throw PortalException.conflict(msg().campaignClosed(messages.get().statusName(c.status.name())));
        }
    }

    private static boolean isOpen(Campaign c) {
        return c.status == CampaignStatus.DRAFT || c.status == CampaignStatus.PUBLISHED;
    }

    // ---- submissions ----

    public List<AttachmentView> listForSubmission(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        return list(OwnerKind.SUBMISSION, s.id, submissions.canEdit(s));
    }

    public boolean canUploadToSubmission(long campaignId, String unitCode) {
        return submissions.canEdit(submissions.find(campaignId, unitCode));
    }

    public AttachmentView attachToSubmission(long campaignId, String unitCode, String label, String fileName,
            Path file) {
        Submission s = submissions.find(campaignId, unitCode);
        requireChangeable(s);
        return store(OwnerKind.SUBMISSION, s.id, label, fileName, file);
    }

    private void requireChangeable(Submission s) {
        if (!access.has(s.unit, s.campaign.referenceDay(), EnumSet.of(Role.REPORTER, Role.APPROVER))) {
            throw PortalException.forbidden(msg().writersOnly());
        }
        submissions.whyLocked(s).ifPresent(reason -> {
            throw PortalException.conflict(reason);
        });
    }

    // ---- one attachment ----

    public Download download(long attachmentId) {
        Attachment a = readable(attachmentId);
        AttachmentContent content = AttachmentContent.<AttachmentContent> find("attachment", a).firstResultOptional()
                .orElseThrow(() -> PortalException.notFound(msg().notFound(attachmentId)));
        return new Download(a.fileName, a.contentType, a.sha256, content.bytes);
    }

    public Attachment find(long attachmentId) {
        return readable(attachmentId);
    }

    /** Deletes a file while its owner may still change; returns it so that pages can name it and go back. */
    public Attachment delete(long attachmentId) {
        Attachment a = readable(attachmentId);
        if (a.ownerKind == OwnerKind.CAMPAIGN) {
            requireChangeable(campaigns.find(a.ownerId));
        } else {
            requireChangeable(Submission.<Submission> findById(a.ownerId));
        }
        AttachmentContent.delete("attachment", a);
        a.delete();
        return a;
    }

    /** Where the owner's page is, for redirects after a page action. */
    public String ownerPage(Attachment a) {
        if (a.ownerKind == OwnerKind.CAMPAIGN) {
            return "/campaigns/" + a.ownerId;
        }
        Submission s = Submission.findById(a.ownerId);
        return "/campaigns/" + s.campaign.id + "/submissions/" + s.unit.code;
    }

    /** The attachment if the user may read its owner; 404 otherwise, whether it exists or not. */
    private Attachment readable(long attachmentId) {
        Attachment a = Attachment.<Attachment> findByIdOptional(attachmentId)
                .orElseThrow(() -> PortalException.notFound(msg().notFound(attachmentId)));
        boolean readable;
        if (a.ownerKind == OwnerKind.CAMPAIGN) {
            try {
                campaigns.find(a.ownerId);
                readable = true;
            } catch (PortalException e) {
                readable = false;
            }
        } else {
            Submission s = Submission.findById(a.ownerId);
            readable = s != null && submissions.canRead(s);
        }
        if (!readable) {
            throw PortalException.notFound(msg().notFound(attachmentId));
        }
        return a;
    }

    private List<AttachmentView> list(OwnerKind kind, long ownerId, boolean canDelete) {
        return Attachment.<Attachment> list("ownerKind = ?1 and ownerId = ?2 order by uploadedAt, id", kind, ownerId)
                .stream().map(a -> AttachmentView.of(a, canDelete)).toList();
    }

    // ---- storing ----

    private AttachmentView store(OwnerKind kind, long ownerId, String label, String fileName, Path file) {
        AttachmentMessages m = msg();
        if (file == null) {
            throw PortalException.invalid(m.noFile());
        }
        String cleanLabel = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (cleanLabel.isEmpty()) {
            throw PortalException.invalid(m.labelRequired());
        }
        if (cleanLabel.length() > MAX_LABEL) {
            throw PortalException.invalid(m.labelTooLong(MAX_LABEL));
        }
        String name = FileNames.sanitize(fileName, FALLBACK_NAME);
        byte[] bytes = readWithinLimit(file, name);
        FileKind type = recognise(name, bytes);
        if (Attachment.count("ownerKind = ?1 and ownerId = ?2", kind, ownerId) >= config.maxPerOwner()) {
            throw PortalException.invalid(m.tooMany(config.maxPerOwner()));
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(type.extension())) {
            name = FileNames.withExtension(name, type.extension());
        }
        Attachment a = new Attachment();
        a.ownerKind = kind;
        a.ownerId = ownerId;
        a.label = cleanLabel;
        a.fileName = name;
        a.contentType = type.contentType();
        a.size = bytes.length;
        a.sha256 = sha256(bytes);
        a.uploadedBy = currentUser.username();
        a.uploadedAt = clock.nowOffset();
        a.persist();
        AttachmentContent content = new AttachmentContent();
        content.attachment = a;
        content.bytes = bytes;
        content.persist();
        return AttachmentView.of(a, true);
    }

    private byte[] readWithinLimit(Path file, String name) {
        long max = config.maxSize().asLongValue();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw PortalException.invalid(msg().emptyFile(name));
            }
            if (size > max) {
                throw new PortalException(413, List.of(msg().tooLarge(name, Sizes.human(max))));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's type from its bytes; refuses anything but PDF, DOCX and XLSX, and zip bombs. */
    FileKind recognise(String name, byte[] bytes) {
        AttachmentMessages m = msg();
        if (FileKind.startsWith(bytes, FileKind.PDF_MAGIC)) {
            return FileKind.PDF;
        }
        if (!FileKind.startsWith(bytes, FileKind.ZIP_MAGIC)) {
            throw PortalException.invalid(m.notAllowed(name));
        }
        List<String> entries;
        try {
            long unpacked = config.maxUnpackedSize().asLongValue();
            entries = ZipGuard.inspect(new SeekableInMemoryByteChannel(bytes),
                    new ZipGuard.Limits(2000, unpacked, unpacked, 0.01));
        } catch (ZipGuard.UnsafeZipException e) {
            throw PortalException.invalid(switch (e.problem()) {
                case BOMB -> m.zipBomb(name);
                case NOT_ZIP, UNSUPPORTED -> m.damaged(name);
            });
        }
        FileKind kind = FileKind.ofPackage(entries);
        if (kind == null) {
            throw PortalException.invalid(m.notAllowed(name));
        }
        return kind;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
