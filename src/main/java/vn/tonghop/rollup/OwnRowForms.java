package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionForm;
import vn.tonghop.submission.SubmissionIssue;
import vn.tonghop.submission.VietnameseNumbers;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * The issuer's own row of each {@code units} table that asks for it ("A. CẤP HUYỆN": the town's own figures), as a form
 * on the consolidation page: one input per typed column, named {@code cell.TABLE.COLUMN}, the earlier-period figures
 * beside them (read-only, never posted), and the rules the stored row breaks, each written under the first field it
 * names (once the row holds figures, so an untouched form is not red).
 */
final class OwnRowForms {

    static final String PREFIX = "cell.";

    /** One table's own row. */
    record OwnRow(String tableCode, String title, String unitName, List<Input> inputs, List<SubmissionIssue> issues) {
    }

    /** One typed column of the row, with the stored value as the input shows it. */
    record Input(String name, String id, String header, String kind, boolean required, String value, String message,
            boolean marked, boolean warning) {
    }

    private OwnRowForms() {
    }

    static List<OwnRow> of(Campaign c, OutlineTemplate outline, SubmissionContent content,
            List<SubmissionIssue> issues) {
        List<OwnRow> out = new ArrayList<>();
        for (TableDef table : tables(outline)) {
            Map<String, Object> cells = content.table(table.code()).flatMap(t -> t.row(c.issuerUnit.code))
                    .map(RowContent::cells).orElse(Map.of());
            List<Input> inputs = new ArrayList<>();
            for (Column col : table.columns()) {
                if (col.isComputed()) {
                    continue;
                }
                Object value = cells.get(col.code());
                String shown = value == null ? ""
                        : col.type().isNumeric() ? VietnameseNumbers.format(value) : value.toString();
                List<SubmissionIssue> naming = cells.isEmpty() ? List.of()
                        : issues.stream().filter(i -> table.code().equals(i.table()) && names(i, col.code())).toList();
                String message = String.join(" ",
                        naming.stream().filter(i -> first(i, col.code())).map(SubmissionIssue::message).toList());
                inputs.add(new Input(PREFIX + table.code() + "." + col.code(), id(table.code(), col.code()),
                        col.header(), kind(col), col.required(), shown, message, !naming.isEmpty(),
                        naming.stream().noneMatch(SubmissionIssue::isError)));
            }
            List<SubmissionIssue> own = issues.stream().filter(i -> table.code().equals(i.table())).toList();
            out.add(new OwnRow(table.code(), table.title() == null ? table.code() : table.title(), c.issuerUnit.name,
                    inputs, own));
        }
        return out;
    }

    /** The typed cells of the form as the issuer's rows, table by table; blank inputs are blank cells. */
    static SubmissionContent content(Campaign c, OutlineTemplate outline, MultivaluedMap<String, String> form) {
        Map<String, TableContent> tables = new LinkedHashMap<>();
        for (TableDef table : tables(outline)) {
            Map<String, Object> cells = new HashMap<>();
            boolean any = false;
            for (Column col : table.columns()) {
                String value = form.getFirst(PREFIX + table.code() + "." + col.code());
                if (value != null && col.isTyped()) {
                    any = true;
                    Object read = SubmissionForm.read(col, value);
                    if (read != null) {
                        cells.put(col.code(), read);
                    }
                }
            }
            if (any) {
                tables.put(table.code(), new TableContent(List.of(new RowContent(c.issuerUnit.code, cells))));
            }
        }
        return new SubmissionContent(null, tables, null);
    }

    /** The id of a field of the form, which own-row.js finds from an issue's table and column. */
    static String id(String table, String column) {
        return "own-" + table + "-" + column;
    }

    /** The version a form was read at; an unreadable one never matches a stored version. */
    static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static boolean names(SubmissionIssue issue, String column) {
        return issue.column() != null && List.of(issue.column().split(",")).contains(column);
    }

    private static boolean first(SubmissionIssue issue, String column) {
        return issue.column() != null && issue.column().split(",")[0].equals(column);
    }

    private static List<TableDef> tables(OutlineTemplate outline) {
        return outline.tables().stream().filter(t -> t.rowModel() == RowModel.UNITS && t.issuerRow()).toList();
    }

    private static String kind(Column col) {
        if (col.isEarlier()) {
            return "earlier";
        }
        return switch (col.type()) {
            case INTEGER, DECIMAL, PERCENT -> "number";
            case DATE -> "date";
            case BOOLEAN -> "bool";
            case TEXT -> "text";
        };
    }
}
