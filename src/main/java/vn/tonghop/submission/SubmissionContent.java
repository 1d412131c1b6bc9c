package vn.tonghop.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.tonghop.audit.AuditedValues;
import vn.tonghop.campaign.Submission;

/**
 * What a unit writes in a report: narrative sections (sanitised HTML by section code), table rows (by table code) and
 * the explanations given for broken warning rules (by issue code). Stored as one JSON document per submission and
 * version; computed columns are never stored.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionContent(Map<String, String> sections, Map<String, TableContent> tables,
        Map<String, String> explanations) implements AuditedValues<SubmissionContent> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).addModule(new JavaTimeModule()).build();

    public static final SubmissionContent EMPTY = new SubmissionContent(null, null, null);

    /** What the unit wrote in this report, read from its JSON document. */
    public static SubmissionContent of(Submission s) {
        return fromJson(s.data);
    }

    public SubmissionContent {
        sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        tables = tables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        explanations = explanations == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    /** The rows of a table as typed; empty when the unit has not filled it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableContent(List<RowContent> rows) {
        public TableContent {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public Optional<RowContent> row(String key) {
            return rows.stream().filter(r -> key.equals(r.key())).findFirst();
        }
    }

    /**
     * One row: in a {@code units} table the key is a unit code, in a {@code fixed} table a row key of the template, in
     * a {@code free} table a key the portal assigns ("1", "2" …).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowContent(String key, Map<String, Object> cells) {
        public RowContent {
            // cells may hold nulls (a cleared cell), so no Map.copyOf
            cells = cells == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    public Optional<TableContent> table(String code) {
        return Optional.ofNullable(tables.get(code));
    }

    public String section(String code) {
        return sections.getOrDefault(code, "");
    }

    /** This content with the given parts replaced: a section or table present in {@code update} wins. */
    public SubmissionContent merge(SubmissionContent update) {
        Map<String, String> s = new LinkedHashMap<>(sections);
        s.putAll(update.sections());
        Map<String, TableContent> t = new LinkedHashMap<>(tables);
        t.putAll(update.tables());
        Map<String, String> e = new LinkedHashMap<>(explanations);
        e.putAll(update.explanations());
        s.values().removeIf(v -> v == null || v.isBlank());
        e.values().removeIf(v -> v == null || v.isBlank());
        return new SubmissionContent(s, t, e);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isBlank() {
        return sections.values().stream().allMatch(v -> v == null || v.isBlank()) && tables.values().stream()
                .allMatch(t -> t.rows().stream().allMatch(r -> r.cells().values().stream().allMatch(v -> v == null)));
    }

    /** Same content whatever the key order and number notation (5, 5.0): tells a retried save from a new one. */
    public boolean sameAs(SubmissionContent other) {
        return JSON.valueToTree(this).equals(SAME_VALUE, JSON.valueToTree(other));
    }

    private static final java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SubmissionContent fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return JSON.readValue(json, SubmissionContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the audit trail: {@code section/code} for a section, {@code table/row/column} for a cell. */
    @Override
    public List<Change> changesTo(SubmissionContent after) {
        List<Change> changes = new ArrayList<>();
        for (SubmissionDiff.Change c : SubmissionDiff.between(this, after)) {
            String key = c.table() == null ? "section/" + c.column() : c.table() + "/" + c.row() + "/" + c.column();
            changes.add(new Change(key, c.before(), c.after()));
        }
        return changes;
    }

    /**
     * This content with the stored value put back in each cell named by {@code refused} (a value that could not be
     * stored): the table is saved whole, so a refused cell keeps what it held rather than being cleared.
     */
    public static SubmissionContent keepStored(SubmissionContent content, SubmissionContent stored,
            List<SubmissionIssue> refused) {
        Map<String, Map<String, java.util.Set<String>>> cells = new LinkedHashMap<>();
        for (SubmissionIssue i : refused) {
            if (i.table() != null && i.row() != null && i.column() != null) {
                cells.computeIfAbsent(i.table(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(i.row(), k -> new java.util.HashSet<>()).add(i.column());
            }
        }
        if (cells.isEmpty()) {
            return content;
        }
        Map<String, TableContent> tables = new LinkedHashMap<>(content.tables());
        cells.forEach((table, rows) -> {
            TableContent typed = tables.get(table);
            if (typed == null) {
                return;
            }
            List<RowContent> out = new ArrayList<>();
            java.util.Set<String> present = new java.util.HashSet<>();
            for (RowContent row : typed.rows()) {
                present.add(row.key());
                out.add(rows.containsKey(row.key()) ? withStored(row, stored, table, rows.get(row.key())) : row);
            }
            // a row whose only typed cell was refused: the normalised content left it out
            rows.forEach((key, columns) -> {
                if (!present.contains(key)) {
                    RowContent kept = withStored(new RowContent(key, null), stored, table, columns);
                    if (!kept.cells().isEmpty()) {
                        out.add(kept);
                    }
                }
            });
            tables.put(table, new TableContent(out));
        });
        return new SubmissionContent(content.sections(), tables, content.explanations());
    }

    private static RowContent withStored(RowContent row, SubmissionContent stored, String table,
            java.util.Set<String> columns) {
        Map<String, Object> cells = new LinkedHashMap<>(row.cells());
        stored.table(table).flatMap(t -> t.row(row.key())).ifPresent(old -> columns.forEach(c -> {
            if (old.cells().get(c) != null) {
                cells.put(c, old.cells().get(c));
            }
        }));
        return new RowContent(row.key(), cells);
    }

    /** Rows of one table as a mutable list, for builders. */
    public List<RowContent> rowsOf(String table) {
        return new ArrayList<>(table(table).map(TableContent::rows).orElse(List.of()));
    }
}
