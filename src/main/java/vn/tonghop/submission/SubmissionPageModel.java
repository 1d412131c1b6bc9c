package vn.tonghop.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.qute.RawString;

/** What the report pages show, ready for the templates: the header, the outline with its grids, the issues. */
public final class SubmissionPageModel {

    private SubmissionPageModel() {
    }

    /**
     * The report form.
     *
     * @param editable
     *            the user may type now (inputs instead of text)
     * @param writerOnly
     *            a reporter who may save but not submit
     * @param showIssues
     *            whether the issue list is shown (not on an untouched report, not to readers)
     * @param justSaved
     *            the page follows a successful save: the browser's unsaved copy can go
     * @param previewPath
     *            set when the page previews a template's blank form: where its posts go (nothing is saved)
     * @param previewDraft
     *            the YAML of the unsaved draft a preview shows, posted again with the form; null otherwise
     */
    public record Page(Header header, long version, boolean editable, boolean canSubmit, boolean writerOnly,
            boolean canReturn, boolean hasPrevious, boolean showIssues, boolean justSaved, List<Item> items,
            List<IssueView> issues, List<String> errors, Conflict conflict, String signerName, String signerTitle,
            String returnCommentTyped, String savedLine, String previewPath, String previewDraft) {

        public String basePath() {
            return previewPath != null ? previewPath : header.basePath();
        }

        public boolean preview() {
            return previewPath != null;
        }

        public int errorCount() {
            return (int) issues.stream().filter(i -> !i.warning()).count();
        }

        public int warningCount() {
            return (int) issues.stream().filter(IssueView::warning).count();
        }
    }

    /**
     * A save refused with 409. When {@code stale}, somebody else saved the report after the user's page read it: who
     * and when, the version now stored (to save over it if the user keeps their own), and where the page differs from
     * it; otherwise the report cannot be changed any more (submitted, locked) and {@code message} says why.
     * {@code upload}: the refused save was an Excel upload, which is kept by uploading the file again (the page now
     * holds the version).
     */
    public record Conflict(String message, long version, boolean stale, List<DiffRow> changes, boolean upload,
            String basePath) {
    }

    /** The campaign and the unit's report as the head of the page reads them. */
    public record Header(long campaignId, String unitCode, String unitName, String campaignTitle, String letterNumber,
            LocalDate letterDate, String issuerUnitName, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
            OffsetDateTime deadline, String timeLeft, boolean overdue, String status, String displayStatus,
            String returnComment, String lockedReason, String submittedLine, boolean late, String signerName,
            String signerTitle) {

        public String basePath() {
            return "/campaigns/" + campaignId + "/submissions/" + unitCode;
        }
    }

    /**
     * One item of the outline in reading order.
     *
     * @param kind
     *            TEXT, TABLE or GROUP
     * @param text
     *            the narrative as it goes into the editor (typed or stored)
     * @param html
     *            the narrative for reading (sanitised)
     */
    public record Item(String code, String heading, int depth, String kind, String guidance, String text,
            RawString html, Grid grid, String mark, String feedback) {

        public String elementId() {
            return "section-" + code;
        }

        public int headingLevel() {
            return Math.min(6, depth + 2);
        }

        Item withGrid(Grid other) {
            return new Item(code, heading, depth, kind, guidance, text, html, other, mark, feedback);
        }
    }

    /** An annex table as an editable (or read-only) grid. */
    public record Grid(String code, String title, String subtitle, String notes, String rowModel,
            List<List<HeaderView>> headerRows, List<ColumnView> columns, List<GridRow> rows, GridRow total,
            GridRow template, Integer maxRows, boolean editable) {

        public boolean free() {
            return "FREE".equals(rowModel);
        }

        public String elementId() {
            return "table-" + code;
        }
    }

    public record HeaderView(String text, int colSpan, int rowSpan, String unit, boolean leaf) {
    }

    public record ColumnView(String code, String header, String type, boolean computed) {
    }

    /**
     * A grid row.
     *
     * @param kind
     *            own (the unit's own row), unit (a subordinate's), leaf, parent (a fixed row summing its children),
     *            free, total
     */
    public record GridRow(String key, String elementId, String ordinal, String label, int depth, String kind,
            List<GridCell> cells, String mark, String title) {

        public boolean parent() {
            return "parent".equals(kind) || "total".equals(kind);
        }
    }

    /**
     * A grid cell.
     *
     * @param input
     *            text, number, decimal, date, bool; or "output" for a value that is shown, not typed
     * @param value
     *            the input's value (typed text, or the stored value in Vietnamese notation)
     * @param display
     *            the value for reading
     */
    public record GridCell(String elementId, String name, String column, String input, String value, String display,
            int position, String mark, String title) {

        public boolean output() {
            return "output".equals(input);
        }

        public boolean isTrue() {
            return "true".equals(value);
        }

        public boolean isFalse() {
            return "false".equals(value);
        }
    }

    /**
     * An issue in the list at the top of the form.
     *
     * @param targets
     *            ids of the elements to mark, space separated
     * @param anchor
     *            the first of them, to link to
     */
    public record IssueView(String code, boolean warning, String message, String targets, String anchor,
            String explanationId, String explanation) {
    }

    /**
     * Answer of an autosave or recomputation: computed values and issues to put in place; {@code displayStatus}, after
     * a save, the report's status for the badge in the page's header (a first save turns "not opened" into "draft").
     */
    public record Refresh(List<Output> outputs, List<IssueView> issues, boolean showIssues, Long version,
            String statusText, String statusKind, String displayStatus, Conflict conflict, String refusedFields) {

        public Refresh(List<Output> outputs, List<IssueView> issues, boolean showIssues, Long version,
                String statusText, String statusKind, String displayStatus) {
            this(outputs, issues, showIssues, version, statusText, statusKind, displayStatus, null, "");
        }

        public int errorCount() {
            return (int) issues.stream().filter(i -> !i.warning()).count();
        }
    }

    public record Output(String elementId, String display) {
    }

    /** The versions page. */
    public record Versions(Header header, List<VersionRow> versions, Integer from, Integer to, List<DiffRow> diff) {
    }

    public record VersionRow(int number, String status, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime submittedAt, boolean late, String signer, String note) {
    }

    public record DiffRow(String where, String row, String column, String before, String after) {
    }
}
