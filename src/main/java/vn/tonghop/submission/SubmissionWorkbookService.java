package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.attachment.FileNames;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The Excel round trip of a unit's report: download its tables as a workbook to fill offline, upload it back. An upload
 * is validated whole and saved through {@link SubmissionDrafts#save}, so optimistic locking, validation and the rule
 * issues are those of the form; nothing is saved when any cell is wrong.
 */
@ApplicationScoped
@Transactional
public class SubmissionWorkbookService {

    /** At most this many cell messages are listed; the rest are counted. */
    static final int MAX_MESSAGES = 100;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionDrafts drafts;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    @Inject
    WorkbookConfig config;

    public record Download(String fileName, byte[] bytes) {
    }

    /** What an upload is checked against, read before the file is parsed. */
    public record Target(long campaignId, String unitCode, OutlineTemplate outline) {
    }

    public Download download(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        OutlineTemplate outline = submissions.outline(s);
        SubmissionMessages msg = submissions.msg();
        if (outline.tables().isEmpty()) {
            throw PortalException.notFound(msg.wbNoTables());
        }
        SubmissionValidator.Scope scope = submissions.scope(s);
        byte[] bytes = SubmissionWorkbook.write(
                new SubmissionWorkbook.Meta(s.campaign.id, s.unit.code, s.unit.name, s.campaign.periodLabel, s.version),
                outline, SubmissionView.tables(outline, SubmissionContent.of(s), scope), scope, msg);
        String name = "bao-cao-" + FileNames.slug(s.campaign.periodLabel) + "-" + FileNames.slug(s.unit.name) + ".xlsx";
        return new Download(name.replace("--", "-"), bytes);
    }

    /** Refuses before any parsing when the user may not change the report (404, 403, or 409 once it is locked). */
    public Target prepare(long campaignId, String unitCode) {
        Submission s = submissions.find(campaignId, unitCode);
        if (!access.has(s.unit, s.campaign.referenceDay(), EnumSet.of(Role.REPORTER, Role.APPROVER))) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        submissions.whyLocked(s).ifPresent(reason -> {
            throw PortalException.conflict(reason);
        });
        return new Target(s.campaign.id, s.unit.code, submissions.outline(s));
    }

    WorkbookReader reader() {
        return new WorkbookReader(config, submissions.msg());
    }

    /**
     * Saves what the workbook holds, at {@code version} (the form's, else the one the workbook was downloaded at). Cell
     * problems and values the report cannot store are refused together with 422, each naming its sheet and cell.
     */
    public SubmissionDrafts.Saved store(Target target, WorkbookReader.Result result, Long version) {
        SubmissionMessages msg = submissions.msg();
        List<String> lines = new ArrayList<>();
        List<SubmissionIssue> issues = new ArrayList<>();
        for (WorkbookReader.Problem p : result.problems()) {
            lines.add(p.message());
            issues.add(new SubmissionIssue(p.table(), p.row(), p.column(), p.message(), SubmissionIssue.ERROR,
                    p.table() + "/" + p.row() + "/" + p.column()));
        }
        if (issues.isEmpty()) {
            Submission s = submissions.find(target.campaignId(), target.unitCode());
            SubmissionValidator.Normalised n = submissions.validator().normalise(target.outline(), result.content(),
                    submissions.scope(s));
            for (SubmissionIssue e : n.errors()) {
                String located = locate(result, e, msg);
                lines.add(located);
                issues.add(new SubmissionIssue(e.table(), e.row(), e.column(), located, e.severity(), e.code()));
            }
        }
        if (!issues.isEmpty()) {
            List<String> shown = new ArrayList<>();
            shown.add(msg.wbHasErrors(issues.size()));
            shown.addAll(lines.subList(0, Math.min(lines.size(), MAX_MESSAGES)));
            if (lines.size() > MAX_MESSAGES) {
                shown.add(msg.wbMoreErrors(lines.size() - MAX_MESSAGES));
            }
            throw new PortalException(422, shown, issues);
        }
        return drafts.save(target.campaignId(), target.unitCode(), result.content(),
                version != null ? version : result.version());
    }

    private static String locate(WorkbookReader.Result result, SubmissionIssue e, SubmissionMessages msg) {
        WorkbookReader.Place cell = result.places().get(e.table() + "/" + e.row() + "/" + e.column());
        if (cell != null) {
            return msg.wbAtCell(cell.sheet(), cell.cell(), e.message());
        }
        WorkbookReader.Place row = result.places().get(e.table() + "/" + e.row());
        return row != null ? msg.wbAtRow(row.sheet(), row.row(), e.message()) : e.message();
    }
}
