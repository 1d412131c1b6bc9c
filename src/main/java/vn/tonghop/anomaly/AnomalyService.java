package vn.tonghop.anomaly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.EarlierReports;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.submission.SubmissionWorkflow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The figures out of line in a campaign's reports, computed live from the reports (never stale), with what the reporter
 * said about each and whether the approver or the consolidating unit verified it. No flag blocks saving or submitting;
 * explaining, verifying and returning are audited.
 */
@ApplicationScoped
@Transactional
public class AnomalyService {

    static final int MAX_JUSTIFICATION = 2000;

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Inject
    AnomalyConfig config;

    @Inject
    jakarta.enterprise.inject.Instance<EarlierReports> earlierReports;

    AnomalyMessages msg() {
        return messages.bundle(AnomalyMessages.class);
    }

    /** Every flag of the campaign, for its issuer's side: open ones first, farthest out first. */
    public List<Flag> forCampaign(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        if (!campaigns.isIssuerSide(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        return find(c, null);
    }

    /** The flags of one unit's report, for whoever may read the report. */
    public List<Flag> forSubmission(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        return find(s.campaign, s.unit.code);
    }

    /** What the reader may do about the flags of one report: explain them, verify them, return the report. */
    public record Rights(boolean justify, boolean verify, boolean giveBack) {
    }

    public Rights rights(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        boolean manage = campaigns.canManage(s.campaign);
        return new Rights(submissions.canEdit(s), manage || access.holdsAt(s.unit, EnumSet.of(Role.APPROVER)),
                manage && s.status == SubmissionStatus.SUBMITTED);
    }

    public boolean canManage(long campaignId) {
        return campaigns.canManage(campaigns.find(campaignId));
    }

    public String campaignTitle(long campaignId) {
        return campaigns.find(campaignId).title;
    }

    public int openCount(long campaignId) {
        return (int) forCampaign(campaignId).stream().filter(f -> !"VERIFIED".equals(f.status())).count();
    }

    /** The reporter's explanation of a flagged figure, while the report can be edited. */
    public Flag justify(long campaignId, String unitCode, Cells.Where where, String text) {
        Submission s = submissions.find(campaignId, unitCode);
        if (!submissions.canEdit(s)) {
            throw PortalException.forbidden(msg().mayNotJustify());
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw PortalException.invalid(msg().justificationEmpty());
        }
        if (t.length() > MAX_JUSTIFICATION) {
            throw PortalException.invalid(msg().justificationTooLong(MAX_JUSTIFICATION));
        }
        requireFlagged(s, where);
        AnomalyNote note = note(s, where);
        note.justification = t;
        note.justifiedBy = currentUser.username();
        note.justifiedAt = clock.nowOffset();
        note.verifiedAt = null;
        note.verifiedBy = null;
        note.persist();
        audit.record(AuditAction.JUSTIFY, s.unit, "submission", s.id, describe(where), null, t);
        return requireFlagged(s, where);
    }

    /** "Đã xác minh": by the unit's approver, or by the consolidating unit once the report is submitted. */
    public Flag verify(long campaignId, String unitCode, Cells.Where where) {
        Submission s = submissions.find(campaignId, unitCode);
        boolean approver = access.holdsAt(s.unit, EnumSet.of(Role.APPROVER));
        // the approver checks her own unit's figures; the consolidating unit those of any unit it asked
        if (!approver && !campaigns.canManage(s.campaign)) {
            throw PortalException.forbidden(msg().mayNotVerify());
        }
        requireFlagged(s, where);
        AnomalyNote note = note(s, where);
        note.verifiedBy = currentUser.username();
        note.verifiedAt = clock.nowOffset();
        note.persist();
        audit.record(AuditAction.VERIFY, s.unit, "submission", s.id, describe(where));
        return requireFlagged(s, where);
    }

    /** Returns the submitted report for revision with the flag in the comment (the consolidating unit only). */
    public Submission returnWithFlag(long campaignId, String unitCode, Cells.Where where, String comment) {
        Submission s = submissions.find(campaignId, unitCode);
        if (!campaigns.canManage(s.campaign)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        Flag f = requireFlagged(s, where);
        String reason = String.join("; ", f.reasons().stream().map(Flag.Reason::message).toList());
        String text = msg().returnComment(f.columnTitle(), f.rowLabel(), reason)
                + (comment == null || comment.isBlank() ? "" : " " + comment.strip());
        return workflow.returnForRevision(campaignId, unitCode, text);
    }

    private Flag requireFlagged(Submission s, Cells.Where where) {
        return find(s.campaign, s.unit.code).stream()
                .filter(f -> f.table().equals(where.table()) && f.row().equals(where.row())
                        && f.column().equals(where.column()))
                .findFirst().orElseThrow(() -> PortalException.invalid(msg().notFlagged()));
    }

    private static AnomalyNote note(Submission s, Cells.Where where) {
        return AnomalyNote.<AnomalyNote> find("submission = ?1 and tableCode = ?2 and rowKey = ?3 and columnCode = ?4",
                s, where.table(), where.row(), where.column()).firstResultOptional().orElseGet(() -> {
                    AnomalyNote n = new AnomalyNote();
                    n.submission = s;
                    n.tableCode = where.table();
                    n.rowKey = where.row();
                    n.columnCode = where.column();
                    return n;
                });
    }

    private static String describe(Cells.Where w) {
        return w.table() + " / " + w.row() + " / " + w.column();
    }

    private List<Flag> find(Campaign c, String only) {
        List<Submission> all = campaigns.submissions(c);
        if (all.isEmpty()) {
            return List.of();
        }
        OutlineTemplate outline = submissions.outline(all.get(0));
        Map<Long, List<AnomalyNote>> notes = new java.util.HashMap<>();
        AnomalyNote.<AnomalyNote> list("submission.campaign = ?1", c)
                .forEach(n -> notes.computeIfAbsent(n.submission.id, k -> new ArrayList<>()).add(n));
        List<Submission> opened = all.stream().filter(s -> s.status != SubmissionStatus.NOT_OPENED).toList();
        List<Submission> judged = opened.stream().filter(s -> only == null || only.equals(s.unit.code)).toList();
        EarlierFigures earlier = new EarlierFigures(outline, judged, earlierReports);
        List<FlagFinder.UnitFigures> units = new ArrayList<>();
        java.util.Set<Long> judgedIds = judged.stream().map(s -> s.id).collect(java.util.stream.Collectors.toSet());
        for (Submission s : opened) {
            boolean judge = judgedIds.contains(s.id);
            // outside a regime, the unit's latest accepted report of the template before this one
            Map<Cells.Where, Cells.Figure> previous = !judge ? Map.of()
                    : earlier.of(s, PeriodOffset.PREVIOUS).orElseGet(() -> submissions.previousPeriod(s)
                            .filter(p -> p.status == SubmissionStatus.SUBMITTED).map(p -> Cells
                                    .of(submissions.outline(p), SubmissionContent.of(p), s.unit.code, s.unit.name))
                            .orElse(Map.of()));
            Map<Cells.Where, Cells.Figure> lastYear = judge
                    ? earlier.of(s, PeriodOffset.SAME_LAST_YEAR).orElse(Map.of())
                    : Map.of();
            units.add(new FlagFinder.UnitFigures(s.unit.code, s.unit.name,
                    Cells.of(outline, SubmissionContent.of(s), s.unit.code, s.unit.name), previous, lastYear,
                    notes.getOrDefault(s.id, List.of())));
        }
        Thresholds thresholds = Thresholds.of(config, outline.anomalies());
        List<Flag> flags = new ArrayList<>(
                new FlagFinder(thresholds, msg(), campaigns.isIssuerSide(c)).find(units, only));
        flags.sort(Comparator.comparing((Flag f) -> "VERIFIED".equals(f.status())));
        return flags;
    }
}
