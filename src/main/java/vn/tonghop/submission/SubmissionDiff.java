package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;

/** The differences between two versions of a report, for the comparison view. */
public final class SubmissionDiff {

    /**
     * One changed section or cell. For a section {@code table} and {@code row} are null and {@code column} is the
     * section code.
     */
    public record Change(String table, String row, String column, Object before, Object after) {
    }

    private SubmissionDiff() {
    }

    /** The changes in outline order: sections as they are read, then tables and their columns left to right. */
    public static List<Change> between(SubmissionContent a, SubmissionContent b,
            vn.tonghop.template.model.OutlineTemplate outline) {
        List<String> order = new java.util.ArrayList<>();
        outline.flattenSections().forEach(sec -> order.add("s:" + sec.code()));
        outline.tables().forEach(t -> t.columns().forEach(c -> order.add("c:" + t.code() + "/" + c.code())));
        java.util.function.ToIntFunction<Change> rank = c -> {
            int i = order.indexOf(c.table() == null ? "s:" + c.column() : "c:" + c.table() + "/" + c.column());
            return i < 0 ? Integer.MAX_VALUE : i;
        };
        List<Change> all = new java.util.ArrayList<>(between(a, b));
        // stable sort: rows keep their order within a column, columns follow the template
        all.sort(java.util.Comparator.comparing((Change c) -> c.table() == null ? "" : c.table())
                .thenComparing(c -> c.row() == null ? "" : c.row()).thenComparingInt(rank));
        return all;
    }

    public static List<Change> between(SubmissionContent a, SubmissionContent b) {
        List<Change> out = new ArrayList<>();
        for (String code : union(a.sections().keySet(), b.sections().keySet())) {
            String before = a.section(code);
            String after = b.section(code);
            if (!before.equals(after)) {
                out.add(new Change(null, null, code, before, after));
            }
        }
        for (String table : union(a.tables().keySet(), b.tables().keySet())) {
            TableContent ta = a.table(table).orElse(new TableContent(null));
            TableContent tb = b.table(table).orElse(new TableContent(null));
            Set<String> keys = new LinkedHashSet<>();
            ta.rows().forEach(r -> keys.add(r.key()));
            tb.rows().forEach(r -> keys.add(r.key()));
            for (String key : keys) {
                Map<String, Object> ca = ta.row(key).map(RowContent::cells).orElse(Map.of());
                Map<String, Object> cb = tb.row(key).map(RowContent::cells).orElse(Map.of());
                for (String column : union(ca.keySet(), cb.keySet())) {
                    Object before = ca.get(column);
                    Object after = cb.get(column);
                    if (!same(before, after)) {
                        out.add(new Change(table, key, column, before, after));
                    }
                }
            }
        }
        return out;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
