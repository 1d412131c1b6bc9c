package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.rollup.RollupView.TableRollup;

/**
 * The annex as it goes out in the report (DOCX, XLSX, PDF, print view): the form's rows and totals only. The working
 * marks of the consolidation page (coverage of totals, "Chưa nộp", a district's "x/y" progress) are left out; units
 * whose figures are missing are named once, in a footnote under the table.
 */
public final class OfficialAnnex {

    /** The footnote's lead-in; the unit names follow. */
    static final String MISSING_LEAD = DocumentWording.text("annex.missing.lead");
    static final String GRAND_TOTAL_LABEL = DocumentWording.text("annex.grandTotal");

    private OfficialAnnex() {
    }

    /**
     * The rows of the official annex, in the page's order, without coverage or progress. A grand total under block
     * totals of the same label reads "Tổng cộng", so that two stacked "Tổng" rows are told apart.
     */
    public static List<RollupLayout.Row> rows(TableRollup table, boolean collapsed) {
        List<RollupLayout.Row> layout = RollupLayout.rows(table, collapsed);
        List<RollupLayout.Row> out = new ArrayList<>();
        for (RollupLayout.Row r : layout) {
            String label = r.label();
            if (r.kind() == RowKind.GRAND_TOTAL && layout.stream()
                    .anyMatch(o -> o.kind() == RowKind.TOTAL && o.label() != null && o.label().equals(r.label()))) {
                label = GRAND_TOTAL_LABEL;
            }
            out.add(new RollupLayout.Row(r.kind(), r.ordinal(), label, r.unitCode(), null, r.counted(), r.cells(), null,
                    r.campaignId(), r.childCampaignId(), r.depth()));
        }
        return out;
    }

    /**
     * "Số liệu chưa gồm: UBND xã A, UBND phường B." naming the units (or, in the one-row-per-district view, the
     * districts) whose figures the totals lack; null when every unit reported. The issuer's own row is its own work,
     * not a missing report.
     */
    public static String footnote(TableRollup table, boolean collapsed) {
        List<String> missing = new ArrayList<>();
        for (RollupLayout.Row r : RollupLayout.rows(table, collapsed)) {
            if (r.unitCode() == null || "ISSUER".equals(r.status())) {
                continue;
            }
            boolean summary = collapsed && r.kind() == RowKind.SUBGROUP && r.coverage() != null;
            if (summary && r.coverage().submitted() < r.coverage().expected()) {
                int lacking = r.coverage().expected() - r.coverage().submitted();
                missing.add(DocumentWording.format("annex.missing.units", lacking, r.label()));
            } else if (!summary && (r.kind() == RowKind.DATA || r.kind() == RowKind.SUBGROUP) && !r.counted()
                    && r.status() != null) {
                missing.add(r.label());
            }
        }
        return missing.isEmpty() ? null : MISSING_LEAD + String.join(", ", missing) + ".";
    }
}
