package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A predefined row. A row with children is a heading whose values are the rollup of its children (e.g. "Cấp tỉnh" over
 * "Trực tiếp" and "Trực tuyến"); only leaves are typed in. {@code key} is unique in the table.
 */
public record FixedRow(String key, String label, List<FixedRow> children, int depth) {

    public FixedRow {
        Objects.requireNonNull(key, "key");
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This row then its descendants, depth first (display order). */
    public List<FixedRow> flatten() {
        List<FixedRow> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    /** All rows of a list of roots in display order. */
    public static List<FixedRow> flatten(List<FixedRow> roots) {
        List<FixedRow> out = new ArrayList<>();
        for (FixedRow r : roots) {
            collect(r, out);
        }
        return out;
    }

    private static void collect(FixedRow r, List<FixedRow> out) {
        out.add(r);
        for (FixedRow c : r.children) {
            collect(c, out);
        }
    }
}
