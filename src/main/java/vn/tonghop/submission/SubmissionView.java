package vn.tonghop.submission;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.campaign.Submission;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.FormulaEngine;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

import static vn.tonghop.platform.time.PortalClock.local;

/**
 * A unit's report as the API shows it: the stored content with computed columns filled, the unit's own row present in
 * {@code units} tables, and what still needs fixing.
 */
public record SubmissionView(long campaignId, String unitCode, String unitName, String status, String displayStatus,
        long version, OffsetDateTime deadline, boolean late, OffsetDateTime submittedAt, String submittedBy,
        String signerName, String signerTitle, String returnComment, OffsetDateTime updatedAt, String updatedBy,
        Map<String, String> sections, Map<String, TableView> tables, Map<String, String> explanations,
        List<SubmissionIssue> issues, boolean canEdit, boolean canSubmit, String lockedReason) {

    public record TableView(List<RowView> rows) {
    }

    public record RowView(String key, String label, Map<String, Object> cells) {
    }

    private static final FormulaEngine ENGINE = new FormulaEngine();

    static SubmissionView of(Submission s, SubmissionService service, EarlierPeriodFill earlier, String displayStatus) {
        OutlineTemplate outline = service.outline(s);
        SubmissionValidator.Scope scope = service.scope(s);
        boolean canEdit = service.canEdit(s);
        // while it can change, with the earlier periods' figures as they stand now
        SubmissionContent content = canEdit ? earlier.fill(s, outline, SubmissionContent.of(s), scope)
                : SubmissionContent.of(s);
        return new SubmissionView(s.campaign.id, s.unit.code, s.unit.name, s.status.name(), displayStatus, s.version,
                local(s.effectiveDeadline()), s.late, local(s.submittedAt), s.submittedBy, s.signerName, s.signerTitle,
                s.returnComment, local(s.updatedAt), s.updatedBy, content.sections(), tables(outline, content, scope),
                content.explanations(), service.issues(s), canEdit, canEdit && service.canSubmit(s),
                service.whyLocked(s).orElse(null));
    }

    /** Every table of the outline with its rows as typed, computed columns filled. */
    public static Map<String, TableView> tables(OutlineTemplate outline, SubmissionContent content,
            SubmissionValidator.Scope scope) {
        Map<String, TableView> out = new LinkedHashMap<>();
        for (TableDef table : outline.tables()) {
            TableContent typed = content.table(table.code()).orElse(new TableContent(null));
            List<RowView> rows = new ArrayList<>();
            if (table.rowModel() == RowModel.UNITS && typed.row(scope.ownKey()).isEmpty()) {
                rows.add(row(table, new RowContent(scope.ownKey(), null), scope.name(scope.ownKey())));
            }
            for (RowContent r : typed.rows()) {
                String label = switch (table.rowModel()) {
                    case UNITS -> scope.name(r.key());
                    case FIXED -> table.flattenFixedRows().stream().filter(f -> f.key().equals(r.key()))
                            .map(FixedRow::label).findFirst().orElse(r.key());
                    case FREE -> r.key();
                };
                rows.add(row(table, r, label));
            }
            out.put(table.code(), new TableView(rows));
        }
        return out;
    }

    private static RowView row(TableDef table, RowContent r, String label) {
        Map<String, Object> cells = ENGINE.computeRow(table, new LinkedHashMap<>(r.cells()));
        cells.replaceAll((k, v) -> v instanceof java.time.LocalDate d ? d.toString() : v);
        return new RowView(r.key(), label, cells);
    }
}
