package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.rollup.RollupView.Coverage;
import vn.tonghop.rollup.RollupView.FixedRow;
import vn.tonghop.rollup.RollupView.Group;
import vn.tonghop.rollup.RollupView.Subgroup;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.rollup.RollupView.Total;
import vn.tonghop.rollup.RollupView.UnitRow;

/**
 * A table rollup as the printed rows, top to bottom: block headings, unit rows, district headings, subtotals and the
 * grand total. The page, the print view and the exports all read this one order.
 */
public final class RollupLayout {

    /**
     * One printed row.
     *
     * @param unitCode
     *            the unit of a unit row or the district of a heading; null otherwise
     * @param coverage
     *            for totals and collapsed districts: how many units the figures cover
     */
    public record Row(RowKind kind, String ordinal, String label, String unitCode, String status, boolean counted,
            Map<String, Object> cells, Coverage coverage, Long campaignId, Long childCampaignId, int depth) {

        public boolean isTotal() {
            return kind == RowKind.TOTAL || kind == RowKind.GRAND_TOTAL;
        }

        public boolean isHeading() {
            return kind == RowKind.GROUP || kind == RowKind.SUBGROUP || kind == RowKind.HEADING;
        }
    }

    private RollupLayout() {
    }

    public static List<Row> rows(TableRollup table, boolean collapsed) {
        List<Row> out = new ArrayList<>();
        if (table.rows() != null) {
            for (FixedRow r : table.rows()) {
                out.add(new Row(r.heading() ? RowKind.HEADING : RowKind.DATA, "", r.label(), null, null, true,
                        r.cells(), null, null, null, r.depth()));
            }
        } else if ("free".equals(table.rowModel())) {
            for (Group g : table.groups()) {
                out.add(new Row(RowKind.SUBGROUP, g.ordinal(), g.label(), null, null, true, Map.of(), g.coverage(),
                        null, null, 0));
                for (UnitRow r : g.rows()) {
                    out.add(data(r, r.unitName().equals(g.label()) ? "" : r.unitName()));
                }
            }
        } else {
            for (Group g : table.groups()) {
                units(g, collapsed, out);
            }
        }
        if (table.grandTotal() != null) {
            out.add(total(RowKind.GRAND_TOTAL, table.grandTotal()));
        }
        return out;
    }

    private static void units(Group g, boolean collapsed, List<Row> out) {
        out.add(new Row(RowKind.GROUP, g.ordinal(), g.label(), null, null, true, Map.of(), g.coverage(), null, null,
                0));
        if (collapsed || g.subgroups().isEmpty()) {
            for (UnitRow r : g.rows()) {
                boolean summary = r.campaignId() == null && !"ISSUER".equals(r.status());
                out.add(summary
                        ? new Row(RowKind.SUBGROUP, r.ordinal(), r.unitName(), r.unitCode(), r.status(), r.counted(),
                                r.cells(), coverageOf(g, r.unitCode()), null, null, 1)
                        : data(r, r.unitName()));
            }
        } else {
            int inSubgroups = g.subgroups().stream().mapToInt(sg -> sg.rows().size()).sum();
            for (UnitRow r : g.rows().subList(0, g.rows().size() - inSubgroups)) {
                out.add(data(r, r.unitName()));
            }
            for (Subgroup sg : g.subgroups()) {
                List<UnitRow> rows = sg.rows();
                boolean headIsRow = !rows.isEmpty() && rows.get(0).ordinal().equals(sg.ordinal());
                if (headIsRow) {
                    UnitRow head = rows.get(0);
                    out.add(new Row(RowKind.SUBGROUP, sg.ordinal(), head.unitName(), head.unitCode(), head.status(),
                            head.counted(), head.cells(), null, head.campaignId(), head.childCampaignId(), 1));
                    rows = rows.subList(1, rows.size());
                } else {
                    out.add(new Row(RowKind.SUBGROUP, sg.ordinal(), sg.label(), sg.unitCode(), null, true, Map.of(),
                            sg.coverage(), null, null, 1));
                }
                for (UnitRow r : rows) {
                    out.add(data(r, r.unitName()));
                }
                if (sg.total() != null) {
                    out.add(total(RowKind.TOTAL, sg.total()));
                }
            }
        }
        if (g.total() != null) {
            out.add(total(RowKind.TOTAL, g.total()));
        }
    }

    private static Coverage coverageOf(Group g, String unitCode) {
        return g.subgroups().stream().filter(sg -> sg.unitCode().equals(unitCode)).map(Subgroup::coverage).findFirst()
                .orElse(null);
    }

    private static Row data(UnitRow r, String label) {
        return new Row(RowKind.DATA, r.ordinal(), label, r.unitCode(), r.status(), r.counted(), r.cells(), null,
                r.campaignId(), r.childCampaignId(), 2);
    }

    private static Row total(RowKind kind, Total t) {
        return new Row(kind, "", t.label(), null, null, true, t.cells(), t.coverage(), null, null, 0);
    }
}
