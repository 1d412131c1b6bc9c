package vn.tonghop.export.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One body row of an {@link AnnexTable}.
 *
 * @param ordinal
 *            the STT cell: "A", "I", "1" or ""
 * @param values
 *            one per column: BigDecimal, String, LocalDate, Boolean or null (blank)
 * @param note
 *            shown when a unit has not reported, e.g. "Chưa nộp"; null otherwise
 */
public record AnnexRow(RowKind kind, String ordinal, String label, List<Object> values, int depth, String note) {

    public AnnexRow {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // values may hold nulls
    }

    public enum RowKind {
        /** "A. CẤP HUYỆN (01)": bold, no values unless the group carries its total. */
        GROUP,
        /** "I. Thị xã Bỉm Sơn" inside a group: bold. */
        SUBGROUP,
        /** A unit's row or a typed fixed row. */
        DATA,
        /** A fixed row whose values roll up its children ("Cấp tỉnh" over "Trực tiếp", "Trực tuyến"): bold. */
        HEADING,
        /** "Tổng" of a group or subgroup: bold. */
        TOTAL,
        /** "Tổng cộng" of the table: bold. */
        GRAND_TOTAL
    }

    public boolean isBold() {
        return kind != RowKind.DATA;
    }
}
