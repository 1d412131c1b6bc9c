package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/**
 * Saving a report's draft: from the form, the API, an Excel upload or the previous period's report, with optimistic
 * locking on the version the writer started from.
 */
@ApplicationScoped
@Transactional
public class SubmissionDrafts {

    @Inject
    SubmissionService submissions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    EarlierPeriodFill earlier;

    /**
     * The result of a save: the new version and what still needs fixing or explaining; {@code refused}, of a save from
     * the form, the values that could not be stored (kept as typed in the browser, the rest saved).
     */
    public record Saved(Submission submission, List<SubmissionIssue> issues, List<SubmissionIssue> refused) {
        public Saved(Submission submission, List<SubmissionIssue> issues) {
            this(submission, issues, List.of());
        }

        /** Everything to list beside the form: the values not stored first, then the rules on what was. */
        public List<SubmissionIssue> shown() {
            if (refused.isEmpty()) {
                return issues;
            }
            Set<String> named = new java.util.HashSet<>();
            refused.forEach(r -> named.add(r.table() + "/" + r.row() + "/" + r.column()));
            List<SubmissionIssue> out = new ArrayList<>(refused);
            issues.stream().filter(i -> !named.contains(i.table() + "/" + i.row() + "/" + i.column()))
                    .forEach(out::add);
            return out;
        }
    }

    /**
     * Saves a draft. {@code expectedVersion} is the version the writer started from: a report saved by someone else in
     * the meantime is refused (409) unless this save changes nothing, so that a retried request is harmless.
     */
    public Saved save(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion) {
        return save(campaignId, unitCode, input, expectedVersion, false);
    }

    /**
     * Saves a draft from the form: a value that cannot be stored (text in a number cell) keeps the cell's stored value
     * and is returned in {@link Saved#refused}, and everything else is saved, so one bad cell never holds back the
     * rest. The API saves all or nothing (its contract: 422 listing those cells).
     */
    public Saved saveReadable(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion) {
        return save(campaignId, unitCode, input, expectedVersion, true);
    }

    private Saved save(long campaignId, String unitCode, SubmissionContent input, Long expectedVersion,
            boolean keepRest) {
        SubmissionService.Located found = submissions.locateToWrite(campaignId, unitCode);
        Submission s = found.submission();
        submissions.requireEditable(s);
        SubmissionValidator.Scope scope = submissions.scope(s, found.treeRevision());
        SubmissionValidator.Normalised normalised = submissions.validator().normalise(submissions.outline(s), input,
                scope);
        SubmissionContent current = SubmissionContent.of(s);
        SubmissionContent readable = normalised.content();
        if (!normalised.isStorable()) {
            if (!keepRest) {
                throw new PortalException(422, List.of(submissions.msg().cannotStore()), normalised.errors());
            }
            readable = SubmissionContent.keepStored(readable, current, normalised.errors());
        }
        List<SubmissionIssue> refused = normalised.errors();
        SubmissionContent merged = earlier.fill(s, submissions.outline(s), current.merge(readable), scope);
        long expected = expectedVersion == null ? 0 : expectedVersion;
        if (expected != s.version) {
            if (merged.sameAs(current)) {
                return new Saved(s, submissions.validator().rules(submissions.outline(s), current, scope), refused);
            }
            throw PortalException.conflict(submissions.msg().staleVersion(submissions.who(s.updatedBy),
                    vn.tonghop.platform.i18n.Formats.vn(s.updatedAt)));
        }
        if (!merged.sameAs(current) || s.status == SubmissionStatus.NOT_OPENED) {
            s.data = merged.toJson();
            if (s.status == SubmissionStatus.NOT_OPENED) {
                s.status = SubmissionStatus.DRAFT;
            }
            s.updatedAt = clock.nowOffset();
            s.updatedBy = currentUser.username();
            Submission.getEntityManager().flush();
            audit.values(s, current, merged);
        }
        return new Saved(s, submissions.validator().rules(submissions.outline(s), merged, scope), refused);
    }

    /**
     * The version an upload from the page saves at: the stored one when the user was the last to save the report (their
     * own autosave since the page read {@code read} is no conflict), else {@code read}, to be refused if stale.
     */
    public Long versionForOwnUpload(long campaignId, String unitCode, Long read) {
        Submission s = submissions.find(campaignId, unitCode);
        if (read != null && read != s.version && currentUser.username().equals(s.updatedBy)) {
            return s.version;
        }
        return read;
    }

    /**
     * Starts the draft from the unit's report of the previous period of the same template: its narratives and the cells
     * whose tables and columns still exist.
     */
    public Saved copyForward(long campaignId, String unitCode, Long expectedVersion) {
        Submission s = submissions.find(campaignId, unitCode);
        submissions.requireEditable(s);
        Submission previous = submissions.previousPeriod(s)
                .orElseThrow(() -> PortalException.invalid(submissions.msg().noPreviousPeriod()));
        OutlineTemplate outline = submissions.outline(s);
        SubmissionContent old = SubmissionContent.of(previous);
        Map<String, String> sections = new LinkedHashMap<>();
        old.sections()
                .forEach((code, text) -> outline.section(code)
                        .filter(sec -> sec.kind() == vn.tonghop.template.model.SectionKind.TEXT)
                        .ifPresent(sec -> sections.put(code, text)));
        Map<String, TableContent> tables = new LinkedHashMap<>();
        SubmissionValidator.Scope scope = submissions.scope(s);
        old.tables().forEach((code, table) -> outline.table(code).ifPresent(def -> {
            List<RowContent> rows = new ArrayList<>();
            for (RowContent row : table.rows()) {
                if (def.rowModel() == vn.tonghop.template.model.RowModel.UNITS && !scope.allows(row.key())) {
                    continue;
                }
                rows.add(new RowContent(row.key(), keepKnownColumns(def, row.cells())));
            }
            tables.put(code, new TableContent(rows));
        }));
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline,
                new SubmissionContent(sections, tables, null), scope);
        if (!n.isStorable()) {
            throw new PortalException(422, List.of(submissions.msg().cannotStore()), n.errors());
        }
        return save(campaignId, unitCode, n.content(), expectedVersion);
    }

    private static Map<String, Object> keepKnownColumns(TableDef def, Map<String, Object> cells) {
        Map<String, Object> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> def.column(k).filter(Column::isTyped).ifPresent(c -> out.put(k, v)));
        return out;
    }

}
