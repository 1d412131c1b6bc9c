package vn.tonghop.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.attachment.FileNames;
import vn.tonghop.attachment.Sizes;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.rollup.ConsolidatedReport;
import vn.tonghop.rollup.RollupService;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Role;

/**
 * The signed PDF of a consolidated report. The issuer of the campaign uploads it once signed; it is kept only when its
 * PAdES signature verifies. Who may read the consolidation may read it, and so may whoever reads the issuer's own
 * report to the parent campaign: the signed file is what goes upward with that report.
 */
@ApplicationScoped
@Transactional
public class SignedReportService {

    @Inject
    RollupService rollups;

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Inject
    PdfConfig config;

    @Inject
    TrustAnchors trust;

    public record Download(String fileName, byte[] bytes, String sha256) {
    }

    /**
     * Verifies and keeps the signed file of a campaign's consolidated report, replacing the one before.
     *
     * @param expectedVersion
     *            the version of the signed file the user saw, or null when she saw none
     */
    public SignedReportView upload(long campaignId, String fileName, byte[] bytes, Long expectedVersion) {
        Campaign c = requireUploader(campaignId);
        if (bytes == null || bytes.length == 0) {
            throw PortalException.invalid(msg().noFile());
        }
        long max = config.signedMaxSize().asLongValue();
        if (bytes.length > max) {
            throw PortalException.invalid(msg().tooLarge(Sizes.human(max)));
        }
        lockedBy(c).ifPresent(reason -> {
            throw PortalException.conflict(reason);
        });
        SignatureCheck check;
        try {
            check = trust.verifier().verify(bytes);
        } catch (SignatureVerifier.Refused e) {
            throw PortalException.invalid(reason(e.reason()));
        }
        SignedReport r = current(c).orElse(null);
        boolean replacing = r != null;
        if (replacing && (expectedVersion == null || expectedVersion != r.version)) {
            throw PortalException.conflict(msg().staleVersion(r.uploadedBy, Formats.vn(r.uploadedAt)));
        }
        if (r == null) {
            r = new SignedReport();
            r.campaign = c;
        }
        r.fileName = FileNames.withExtension(FileNames.sanitize(fileName, "bao-cao-ky-so"), ".pdf");
        r.sizeBytes = bytes.length;
        r.sha256 = sha256(bytes);
        r.signer = check.signer();
        r.signedAt = check.signedAt();
        r.intact = check.intact();
        r.certificateIssuer = check.issuer();
        r.chainTrusted = check.trusted();
        r.uploadedBy = currentUser.username();
        r.uploadedAt = clock.nowOffset();
        r.consolidatedVersion = consolidated(c).map(report -> report.version).orElse(null);
        if (replacing) {
            SignedReportContent content = SignedReportContent.<SignedReportContent> find("report", r).firstResult();
            content.bytes = bytes;
        } else {
            r.persist();
            SignedReportContent content = new SignedReportContent();
            content.report = r;
            content.bytes = bytes;
            content.persist();
        }
        SignedReport.getEntityManager().flush();
        audit.record(replacing ? AuditAction.UPDATE : AuditAction.CREATE, c.issuerUnit, "signed_report", r.id,
                r.signer + " · " + r.fileName);
        return view(r);
    }

    /** The campaign whose signed file the user may upload: its issuer's, once published; else the refusal. */
    public Campaign requireUploader(long campaignId) {
        Campaign c = rollups.requireReadable(campaignId);
        if (!signsFor(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        if (c.status == CampaignStatus.DRAFT) {
            throw PortalException.conflict(msg().notPublished());
        }
        return c;
    }

    /** The signed file of a campaign the user may read, if it has one. */
    public Optional<SignedReportView> find(long campaignId) {
        Campaign c = requireReadable(campaignId);
        return current(c).map(this::view);
    }

    public Download download(long campaignId) {
        Campaign c = requireReadable(campaignId);
        SignedReport r = current(c).orElseThrow(() -> PortalException.notFound(msg().notFound()));
        SignedReportContent content = SignedReportContent.<SignedReportContent> find("report", r).firstResult();
        audit.export(c, r.fileName);
        return new Download(r.fileName, content.bytes, r.sha256);
    }

    /** Whether the user may upload the signed file now, and why not when she signs it but it is locked. */
    public record UploadState(boolean allowed, String locked) {
    }

    public UploadState uploadState(long campaignId) {
        Campaign c = rollups.requireReadable(campaignId);
        if (!signsFor(c) || c.status == CampaignStatus.DRAFT) {
            return new UploadState(false, null);
        }
        // the unit's report to the parent has gone up with the file: the parent reads it until it returns the report
        String locked = lockedBy(c).orElse(null);
        return new UploadState(locked == null, locked);
    }

    private Optional<String> lockedBy(Campaign c) {
        return ownUpward(c).filter(own -> own.status.isSubmitted())
                .map(own -> msg().lockedSubmitted(c.parent.issuerUnit.name));
    }

    /** The issuing unit's own report to the parent campaign, when the campaign is a relay. */
    private static Optional<Submission> ownUpward(Campaign c) {
        return c.parent == null ? Optional.empty()
                : Submission.<Submission> find("campaign = ?1 and unit = ?2", c.parent, c.issuerUnit)
                        .firstResultOptional();
    }

    /**
     * The consolidating unit's own issuer or approver (who reads the consolidation): a signed report is that unit's
     * word, so an issuer reaching it from above (the province) may read it but not put a file in its name.
     */
    private boolean signsFor(Campaign c) {
        return rollups.canRead(c) && currentMemberships.grants().stream()
                .anyMatch(g -> g.unitId() == c.issuerUnit.id && (g.role() == Role.ISSUER || g.role() == Role.APPROVER));
    }

    /**
     * The signed file that came up with a unit's report to a campaign: that of the campaign the unit relayed it as,
     * when the user may read the report. Empty when the unit relayed nothing or has not signed yet.
     */
    public Optional<Upward> upward(long parentId, String unitCode) {
        Submission s = submissions.find(parentId, unitCode);
        Optional<Campaign> child = relay(s);
        return child.map(c -> new Upward(c.id, current(c).map(this::view).orElse(null)));
    }

    /**
     * The signed file that came up with a unit's report to a campaign, for whoever may read that report (the parent's
     * issuers and viewers); 404 when the user may not, or when the unit relayed nothing or has not signed yet.
     */
    public Download downloadUpward(long parentId, String unitCode) {
        Submission s = submissions.find(parentId, unitCode);
        Campaign child = relay(s).orElseThrow(() -> PortalException.notFound(msg().notFound()));
        SignedReport r = current(child).orElseThrow(() -> PortalException.notFound(msg().notFound()));
        SignedReportContent content = SignedReportContent.<SignedReportContent> find("report", r).firstResult();
        audit.export(child, r.fileName);
        return new Download(r.fileName, content.bytes, r.sha256);
    }

    /** The relay of a unit's report, and its signed file (null while none). */
    public record Upward(long campaignId, SignedReportView signed) {
    }

    private Optional<Campaign> relay(Submission s) {
        return Campaign.<Campaign> find("parent = ?1 and issuerUnit = ?2 and status <> ?3 order by id desc", s.campaign,
                s.unit, CampaignStatus.DRAFT).firstResultOptional();
    }

    /** Readers of the consolidation, and readers of the issuer's own report to the parent campaign. */
    private Campaign requireReadable(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        if (rollups.canRead(c)) {
            return c;
        }
        if (ownUpward(c).filter(submissions::canRead).isPresent()) {
            return c;
        }
        throw PortalException.notFound(messages.get().campaignNotFound(campaignId));
    }

    private static Optional<SignedReport> current(Campaign c) {
        return SignedReport.<SignedReport> find("campaign", c).firstResultOptional();
    }

    private SignedReportView view(SignedReport r) {
        Long now = consolidated(r.campaign).map(report -> report.version).orElse(null);
        boolean stale = now != null && !now.equals(r.consolidatedVersion);
        return SignedReportView.of(r, Sizes.human(r.sizeBytes), stale);
    }

    /** Read directly: the parent's readers may see the signed file without reading the consolidation itself. */
    private static Optional<ConsolidatedReport> consolidated(Campaign c) {
        return ConsolidatedReport.<ConsolidatedReport> find("campaign", c).firstResultOptional();
    }

    private String reason(SignatureVerifier.Reason reason) {
        SignedMessages m = msg();
        return switch (reason) {
            case NOT_PDF -> m.notPdf();
            case UNSIGNED -> m.unsigned();
            case UNSUPPORTED -> m.unsupported();
            case NOT_WHOLE_FILE -> m.notWholeFile();
            case TAMPERED -> m.tampered();
            case CERTIFICATE_EXPIRED -> m.certificateExpired();
            case UNTRUSTED -> m.untrusted();
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    SignedMessages msg() {
        return messages.bundle(SignedMessages.class);
    }

}
