package vn.tonghop.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;

/**
 * The report form as the page posts it: {@code section.<code>} (narrative HTML), {@code cell.
 *
<table>
 * .<row>.<column>} (one table cell as typed), {@code table.<code>} (marks a grid present on the page, so that a table
 * whose rows were all removed is cleared), {@code explanation.<issue code>}, {@code version}, and the signer's fields.
 * Numbers are read the Vietnamese way; a value that cannot be read is passed on as typed so that the validator names
 * it.
 */
public final class SubmissionForm {

    public static final String SECTION = "section.";
    public static final String CELL = "cell.";
    public static final String TABLE = "table.";
    public static final String EXPLANATION = "explanation.";

    private final Map<String, String> fields;

    private SubmissionForm(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The first value of each posted field. */
    public static SubmissionForm of(Map<String, ? extends List<String>> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((k, v) -> {
                if (k != null && v != null && !v.isEmpty()) {
                    fields.put(k, v.get(0));
                }
            });
        }
        return new SubmissionForm(fields);
    }

    public static SubmissionForm empty() {
        return new SubmissionForm(Map.of());
    }

    /** The raw posted values by field name, to show them again as typed. */
    public Map<String, String> raw() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public String value(String name) {
        return fields.get(name);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The version the writer loaded, or null when absent or unreadable. */
    public Long version() {
        String v = fields.get("version");
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Map<String, String> explanations() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(EXPLANATION) && k.length() > EXPLANATION.length()) {
                out.put(k.substring(EXPLANATION.length()), v);
            }
        });
        return out;
    }

    /**
     * The parts of the report present in the form: the text sections posted, and the tables with a cell or marker on
     * the page (each replaced whole, so a cleared cell or removed row is cleared in the store).
     */
    public SubmissionContent content(OutlineTemplate outline, SubmissionValidator.Scope scope) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section s : outline.flattenSections()) {
            if (s.kind() == SectionKind.TEXT && fields.containsKey(SECTION + s.code())) {
                sections.put(s.code(), fields.get(SECTION + s.code()));
            }
        }
        Map<String, Map<String, Map<String, String>>> typed = cellsByTable(outline);
        Map<String, TableContent> tables = new LinkedHashMap<>();
        for (TableDef table : outline.tables()) {
            Map<String, Map<String, String>> rows = typed.get(table.code());
            if (rows == null && !fields.containsKey(TABLE + table.code())) {
                continue;
            }
            tables.put(table.code(), table(table, rows == null ? Map.of() : rows, scope));
        }
        return new SubmissionContent(sections, tables, explanations());
    }

    /**
     * cell.
     * <table>
     * .<row>.<column> by table, row and column; the longest table code wins when codes nest.
     */
    private Map<String, Map<String, Map<String, String>>> cellsByTable(OutlineTemplate outline) {
        List<String> codes = outline.tables().stream().map(TableDef::code)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!name.startsWith(CELL)) {
                return;
            }
            for (String code : codes) {
                String prefix = CELL + code + ".";
                if (name.startsWith(prefix)) {
                    String rest = name.substring(prefix.length());
                    int dot = rest.lastIndexOf('.');
                    if (dot > 0 && dot < rest.length() - 1) {
                        out.computeIfAbsent(code, k -> new LinkedHashMap<>())
                                .computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
                                .put(rest.substring(dot + 1), value);
                    }
                    return;
                }
            }
        });
        return out;
    }

    private static TableContent table(TableDef table, Map<String, Map<String, String>> rows,
            SubmissionValidator.Scope scope) {
        List<String> order = new ArrayList<>();
        switch (table.rowModel()) {
            case UNITS -> {
                order.add(scope.ownKey());
                scope.unitNames().keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
            }
            case FIXED ->
                    table.flattenFixedRows().stream().filter(FixedRow::isLeaf).map(FixedRow::key).forEach(order::add);
            case FREE -> rows.keySet().stream().sorted(Comparator.comparingLong(SubmissionForm::freeRank))
                    .forEach(order::add);
        }
        rows.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        List<RowContent> out = new ArrayList<>();
        for (String key : order) {
            Map<String, String> typed = rows.get(key);
            boolean own = table.rowModel() == RowModel.UNITS && key.equals(scope.ownKey());
            if (typed == null && !own) {
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            if (typed != null) {
                typed.forEach((code, text) -> {
                    Object v = table.column(code).map(c -> read(c, text)).orElse(blankToNull(text));
                    if (v != null) {
                        cells.put(code, v);
                    }
                });
            }
            if (cells.isEmpty() && !own) {
                continue;
            }
            // free rows are renumbered 1, 2, 3 in page order: the page's keys only say where a row stood
            out.add(new RowContent(table.rowModel() == RowModel.FREE ? String.valueOf(out.size() + 1) : key, cells));
        }
        return new TableContent(out);
    }

    private static long freeRank(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A typed cell as its column's value; what cannot be read stays the typed text, for the validator to name. */
    public static Object read(Column column, String text) {
        String t = blankToNull(text);
        if (t == null || column.isComputed()) {
            return null;
        }
        return switch (column.type()) {
            case INTEGER, DECIMAL, PERCENT -> number(t);
            case DATE -> date(t);
            case BOOLEAN -> bool(t);
            case TEXT -> t;
        };
    }

    private static Object number(String t) {
        try {
            BigDecimal d = VietnameseNumbers.parse(t);
            return d == null ? null : d;
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static Object date(String t) {
        try {
            return PortalClock.parseDay(t).map(LocalDate::toString).orElse(null);
        } catch (DateTimeParseException e) {
            return t;
        }
    }

    private static Object bool(String t) {
        String s = t.trim().toLowerCase(Locale.ROOT);
        if (s.equals(Vocabulary.word("cell.yes"))) {
            return Boolean.TRUE;
        }
        if (s.equals(Vocabulary.word("cell.no"))) {
            return Boolean.FALSE;
        }
        return switch (s) {
            case "true", "co", "x" -> Boolean.TRUE;
            case "false", "khong" -> Boolean.FALSE;
            default -> t;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Optional<String> signerName() {
        return Optional.ofNullable(blankToNull(fields.get("signerName")));
    }

    public Optional<String> signerTitle() {
        return Optional.ofNullable(blankToNull(fields.get("signerTitle")));
    }
}
