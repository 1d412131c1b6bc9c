package vn.tonghop.submission;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.SubmissionPageModel.Conflict;
import vn.tonghop.submission.SubmissionPageModel.DiffRow;
import vn.tonghop.submission.SubmissionPageModel.Header;
import vn.tonghop.submission.SubmissionPageModel.IssueView;
import vn.tonghop.submission.SubmissionPageModel.Item;
import vn.tonghop.submission.SubmissionPageModel.Page;
import vn.tonghop.submission.SubmissionPageModel.Refresh;
import vn.tonghop.submission.SubmissionPageModel.VersionRow;
import vn.tonghop.submission.SubmissionPageModel.Versions;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;

/**
 * Builds what the report pages show, in one transaction per page: the resource itself stays outside transactions so
 * that a refused submission does not undo the draft saved just before it.
 */
@ApplicationScoped
@Transactional
public class SubmissionPages {

    @Inject
    SubmissionService submissions;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    EarlierPeriodFill earlier;

    /**
     * How the form is shown beyond the stored report.
     *
     * @param form
     *            what the user posted, shown again as typed (empty for a fresh page)
     * @param issues
     *            issues to show instead of those of the report (a refused save or submission), or null
     * @param errors
     *            messages at the top of the page
     * @param conflict
     *            the message of a stale save, or null
     */
    public record State(SubmissionForm form, List<SubmissionIssue> issues, List<String> errors, Conflict conflict,
            boolean justSaved, boolean open) {

        public static State fresh(boolean justSaved) {
            return new State(SubmissionForm.empty(), null, List.of(), null, justSaved, true);
        }

        public static State refused(SubmissionForm form, List<SubmissionIssue> issues, List<String> errors,
                Conflict conflict) {
            return new State(form, issues, errors, conflict, false, false);
        }
    }

    public Page page(long campaignId, String unitCode, State state) {
        Submission s = submissions.find(campaignId, unitCode);
        if (state.open()) {
            submissions.markOpened(s);
        }
        OutlineTemplate outline = submissions.outline(s);
        SubmissionValidator.Scope scope = submissions.scope(s);
        boolean editable = submissions.canEdit(s);
        SubmissionForm form = state.form();
        SubmissionContent typed = form.isEmpty() ? SubmissionContent.of(s) : typedOverStored(s, outline, scope, form);
        // a report that can no longer change shows the earlier figures it was saved with
        EarlierPeriodFill.Filled filled = editable ? earlier.filled(s, outline, typed, scope)
                : new EarlierPeriodFill.Filled(typed, Map.of());
        SubmissionContent shown = filled.content();
        List<SubmissionIssue> issues = state.issues() != null ? state.issues()
                : form.isEmpty() ? submissions.issues(s) : issuesOf(s, outline, scope, form);
        boolean showIssues = editable
                && (s.status != SubmissionStatus.NOT_OPENED || !form.isEmpty() || state.issues() != null);
        Map<String, SubmissionGrids.Mark> marks = showIssues ? SubmissionGrids.marks(issues) : Map.of();
        Map<String, String> explanations = new java.util.LinkedHashMap<>(SubmissionContent.of(s).explanations());
        explanations.putAll(form.explanations());

        List<Item> items = items(outline, scope, SubmissionContent.of(s), shown, form, editable, marks).stream()
                .map(i -> i.grid() == null ? i
                        : i.withGrid(earlier.annotate(i.grid(), outline.table(i.grid().code()).orElseThrow(), filled)))
                .toList();
        String signerName = form.signerName().orElse(s.signerName);
        String signerTitle = form.signerTitle().orElseGet(() -> submissions.lastSignerTitle(s).orElse(null));
        boolean canSubmit = editable && submissions.canSubmit(s);
        String savedLine = s.updatedAt == null ? null
                : page().lastSaved(Formats.vn(s.updatedAt), s.updatedBy == null ? "" : s.updatedBy);
        return new Page(header(s), s.version, editable, canSubmit, editable && !canSubmit, submissions.canReturn(s),
                editable && submissions.previousPeriod(s).isPresent(), showIssues, state.justSaved(), items,
                showIssues ? SubmissionGrids.issueViews(issues, explanations) : List.of(), state.errors(),
                state.conflict(), signerName, signerTitle, form.value("comment"), savedLine, null, null);
    }

    /** The outline in reading order: narratives as stored or typed, tables as grids over the shown content. */
    private List<Item> items(OutlineTemplate outline, SubmissionValidator.Scope scope, SubmissionContent stored,
            SubmissionContent shown, SubmissionForm form, boolean editable, Map<String, SubmissionGrids.Mark> marks) {
        List<Item> items = new ArrayList<>();
        for (Section sec : outline.flattenSections()) {
            SubmissionGrids.Mark m = marks.get("section-" + sec.code());
            String text = form.value(SubmissionForm.SECTION + sec.code());
            if (text == null) {
                text = stored.section(sec.code());
            }
            SubmissionPageModel.Grid grid = null;
            if (sec.kind() == SectionKind.TABLE && sec.tableCode() != null) {
                TableDef table = outline.table(sec.tableCode()).orElse(null);
                if (table != null) {
                    grid = SubmissionGrids.grid(table, scope, shown, form.raw(), editable, marks, messages.get());
                }
            }
            items.add(new Item(sec.code(), sec.heading(), sec.depth(), sec.kind().name(), sec.guidance(),
                    sec.kind() == SectionKind.TEXT ? forEditor(text) : "",
                    sec.kind() == SectionKind.TEXT ? readable(text) : new RawString(""), grid, m == null ? "" : m.css(),
                    m == null ? null : m.title()));
        }
        return items;
    }

    /** The unit a preview pretends to be: a commune, so that the form reads as communes will see it. */
    static SubmissionValidator.Scope previewScope(String unitName) {
        return new SubmissionValidator.Scope(PREVIEW_UNIT, Map.of(PREVIEW_UNIT, unitName));
    }

    static final String PREVIEW_UNIT = "preview";

    /**
     * A template's blank form exactly as a commune will see it, live (computed columns, rules) but never saved:
     * {@code basePath} is where its autosave and recomputation go.
     */
    public Page preview(OutlineTemplate outline, String title, String unitName, String basePath, SubmissionForm form,
            boolean checked) {
        return preview(outline, title, unitName, basePath, form, checked, null);
    }

    /** As {@link #preview}, of an unsaved draft whose YAML the page posts again with each check. */
    public Page preview(OutlineTemplate outline, String title, String unitName, String basePath, SubmissionForm form,
            boolean checked, String draftYaml) {
        SubmissionValidator.Scope scope = previewScope(unitName);
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline, form.content(outline, scope),
                scope);
        List<SubmissionIssue> issues = issuesOf(SubmissionContent.EMPTY, outline, scope, form);
        Map<String, SubmissionGrids.Mark> marks = checked ? SubmissionGrids.marks(issues) : Map.of();
        Header header = new Header(0, PREVIEW_UNIT, unitName, title, null, null, null, null, null, null, null, null,
                false, "NOT_OPENED", "NOT_OPENED", null, null, null, false, null, null);
        List<Item> items = items(outline, scope, SubmissionContent.EMPTY, n.content(), form, true, marks);
        return new Page(header, 0, true, false, false, false, false, checked, false, items,
                checked ? SubmissionGrids.issueViews(issues, form.explanations()) : List.of(), List.of(), null, null,
                null, null, null, basePath, draftYaml);
    }

    /** Computed values and issues of a preview as typed. */
    public Refresh previewRefresh(OutlineTemplate outline, String unitName, SubmissionForm form, String statusText) {
        SubmissionValidator.Scope scope = previewScope(unitName);
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline, form.content(outline, scope),
                scope);
        List<SubmissionIssue> issues = issuesOf(SubmissionContent.EMPTY, outline, scope, form);
        return new Refresh(SubmissionGrids.outputs(outline, scope, n.content(), messages.get()),
                SubmissionGrids.issueViews(issues, form.explanations()), true, null, statusText, "saved", null);
    }

    /**
     * Computed values and issues of the form as typed, without saving it: the page calls this after each change so that
     * one formula engine (the server's) fills computed columns and checks the rules.
     */
    public Refresh refresh(long campaignId, String unitCode, SubmissionForm form, List<SubmissionIssue> issues,
            Long version, String statusText, String statusKind) {
        Submission s = submissions.find(campaignId, unitCode);
        OutlineTemplate outline = submissions.outline(s);
        SubmissionValidator.Scope scope = submissions.scope(s);
        SubmissionContent shown = typedOver(s, outline, scope, form);
        List<SubmissionIssue> shownIssues = issues != null ? issues : issuesOf(s, outline, scope, form);
        Map<String, String> explanations = new java.util.LinkedHashMap<>(SubmissionContent.of(s).explanations());
        explanations.putAll(form.explanations());
        return new Refresh(SubmissionGrids.outputs(outline, scope, shown, messages.get()),
                SubmissionGrids.issueViews(shownIssues, explanations), true, version, statusText, statusKind,
                version == null ? null : campaignProgress.displayStatus(s));
    }

    /**
     * What a save refused with 409 shows: when the form's version is older than the stored one, who saved since and
     * when, and where the form differs from what is stored; otherwise only why the report cannot be changed.
     */
    public Conflict conflict(long campaignId, String unitCode, SubmissionForm form, String refusal) {
        return conflict(campaignId, unitCode, form.version(), null, form, refusal);
    }

    /** The same for an uploaded workbook: where its content differs from what is stored. */
    public Conflict conflict(long campaignId, String unitCode, Long read, SubmissionContent uploaded, String refusal) {
        return conflict(campaignId, unitCode, read, uploaded, SubmissionForm.empty(), refusal);
    }

    private Conflict conflict(long campaignId, String unitCode, Long read, SubmissionContent uploaded,
            SubmissionForm form, String refusal) {
        Submission s = submissions.find(campaignId, unitCode);
        String path = SubmissionPage.path(campaignId, unitCode);
        if (read == null || read == s.version || submissions.whyLocked(s).isPresent()) {
            return new Conflict(refusal, s.version, false, List.of(), false, path);
        }
        OutlineTemplate outline = submissions.outline(s);
        SubmissionValidator.Scope scope = submissions.scope(s);
        SubmissionContent mine = uploaded != null ? SubmissionContent.of(s).merge(uploaded)
                : typedOver(s, outline, scope, form);
        List<DiffRow> changes = SubmissionDiff.between(SubmissionContent.of(s), mine, outline).stream()
                .map(ch -> diffRow(outline, scope, ch)).toList();
        String at = s.updatedAt == null ? "" : Formats.vn(s.updatedAt);
        return new Conflict(messages.bundle(SaveMessages.class).conflictBy(submissions.who(s.updatedBy), at), s.version,
                true, changes, uploaded != null, path);
    }

    /** The stored report with the readable parts of the form over it. */
    private SubmissionContent typedOver(Submission s, OutlineTemplate outline, SubmissionValidator.Scope scope,
            SubmissionForm form) {
        return earlier.fill(s, outline, typedOverStored(s, outline, scope, form), scope);
    }

    private SubmissionContent typedOverStored(Submission s, OutlineTemplate outline, SubmissionValidator.Scope scope,
            SubmissionForm form) {
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline, form.content(outline, scope),
                scope);
        return SubmissionContent.of(s).merge(n.content());
    }

    /** What the form as typed would leave to fix: values that cannot be stored, then the rules on the rest. */
    private List<SubmissionIssue> issuesOf(Submission s, OutlineTemplate outline, SubmissionValidator.Scope scope,
            SubmissionForm form) {
        return issuesOf(SubmissionContent.of(s), outline, scope, form);
    }

    private List<SubmissionIssue> issuesOf(SubmissionContent stored, OutlineTemplate outline,
            SubmissionValidator.Scope scope, SubmissionForm form) {
        SubmissionValidator v = submissions.validator();
        SubmissionValidator.Normalised n = v.normalise(outline, form.content(outline, scope), scope);
        List<SubmissionIssue> out = new ArrayList<>(n.errors());
        Set<String> named = new HashSet<>();
        n.errors().forEach(e -> named.addAll(SubmissionGrids.targets(e)));
        for (SubmissionIssue i : v.rules(outline, stored.merge(n.content()), scope)) {
            if (SubmissionGrids.targets(i).stream().noneMatch(named::contains)) {
                out.add(i);
            }
        }
        return out;
    }

    Header header(Submission s) {
        Campaign c = s.campaign;
        OffsetDateTime deadline = PortalClock.local(s.effectiveDeadline());
        boolean submitted = s.status == SubmissionStatus.SUBMITTED;
        Duration left = Duration.between(clock.nowOffset(), deadline);
        boolean overdue = !submitted && left.isNegative();
        String timeLeft = submitted ? null
                : overdue ? page().overdueBy(left.negated().toDays(), left.negated().toHoursPart())
                        : messages.get().timeLeft(left.toDays(), left.toHoursPart());
        String submittedLine = null;
        if (submitted && s.submittedAt != null) {
            String at = Formats.vn(s.submittedAt);
            Duration late = Duration.between(deadline, s.submittedAt);
            submittedLine = s.late ? page().submittedLate(at, late.toDays(), late.toHoursPart())
                    : page().submittedOnTime(at);
        }
        return new Header(c.id, s.unit.code, s.unit.name, c.title, c.letterNumber, c.letterDate, c.issuerUnit.name,
                c.periodLabel, c.periodStart, c.periodEnd, deadline, timeLeft, overdue, s.status.name(),
                campaignProgress.displayStatus(s), s.status == SubmissionStatus.RETURNED ? s.returnComment : null,
                submissions.whyLocked(s).orElse(null), submittedLine, s.late, s.signerName, s.signerTitle);
    }

    /** The versions of a report and, when two are chosen, what changed between them. */
    public Versions versions(long campaignId, String unitCode, Integer from, Integer to) {
        Submission s = submissions.find(campaignId, unitCode);
        List<VersionRow> rows = submissions.versions(campaignId, unitCode).stream()
                .map(v -> new VersionRow(v.number, v.status.name(), v.createdBy, PortalClock.local(v.createdAt),
                        PortalClock.local(v.submittedAt), v.late,
                        v.signerName == null ? null
                                : v.signerName + (v.signerTitle == null ? "" : " (" + v.signerTitle + ")"),
                        v.note))
                .toList();
        List<DiffRow> diff = null;
        if (from != null && to != null) {
            SubmissionVersion a = submissions.version(campaignId, unitCode, from);
            SubmissionVersion b = submissions.version(campaignId, unitCode, to);
            OutlineTemplate outline = submissions.outline(s);
            SubmissionValidator.Scope scope = submissions.scope(s);
            diff = SubmissionDiff
                    .between(SubmissionContent.fromJson(a.data), SubmissionContent.fromJson(b.data), outline).stream()
                    .map(ch -> diffRow(outline, scope, ch)).toList();
        }
        return new Versions(header(s), rows, from, to, diff);
    }

    private DiffRow diffRow(OutlineTemplate outline, SubmissionValidator.Scope scope, SubmissionDiff.Change ch) {
        if (ch.table() == null) {
            String heading = outline.section(ch.column()).map(Section::heading).orElse(ch.column());
            return new DiffRow(heading, null, null, NarrativeSanitizer.plainText(String.valueOf(ch.before())),
                    NarrativeSanitizer.plainText(String.valueOf(ch.after())));
        }
        TableDef table = outline.table(ch.table()).orElse(null);
        if (table == null) {
            return new DiffRow(ch.table(), ch.row(), ch.column(), String.valueOf(ch.before()),
                    String.valueOf(ch.after()));
        }
        String row = switch (table.rowModel()) {
            case UNITS -> scope.name(ch.row());
            case FIXED -> table.flattenFixedRows().stream().filter(f -> f.key().equals(ch.row())).map(FixedRow::label)
                    .findFirst().orElse(ch.row());
            case FREE -> ch.row();
        };
        Column column = table.column(ch.column()).orElse(null);
        String header = column == null || column.header() == null ? ch.column() : column.header();
        return new DiffRow(SubmissionValidator.tableName(table), row, header,
                column == null ? String.valueOf(ch.before())
                        : SubmissionGrids.display(column, ch.before(), messages.get()),
                column == null ? String.valueOf(ch.after())
                        : SubmissionGrids.display(column, ch.after(), messages.get()));
    }

    /** Plain text with line breaks becomes paragraphs for the editor; HTML goes in as it is. */
    static String forEditor(String text) {
        if (text == null || text.isEmpty() || text.indexOf('<') >= 0 || text.indexOf('\n') < 0) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n")) {
            out.append("<p>").append(escape(line)).append("</p>");
        }
        return out.toString();
    }

    /** A narrative for reading: sanitised again on the way out, plain text with its line breaks. */
    static RawString readable(String text) {
        if (text == null || text.isEmpty()) {
            return new RawString("");
        }
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return new RawString(escape(text).replace("\n", "<br>"));
        }
        return new RawString(NarrativeSanitizer.sanitize(text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private ReportPageMessages page() {
        return messages.bundle(ReportPageMessages.class);
    }
}
