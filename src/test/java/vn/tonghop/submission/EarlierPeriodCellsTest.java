package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.TemplateParseResult;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;

/** How earlier reports land in a report's earlier-period cells, without a database. */
class EarlierPeriodCellsTest {

    static final OutlineTemplate OUTLINE = outline();

    static OutlineTemplate outline() {
        TemplateParseResult r = new TemplateParser().parse("""
                code: thu
                version: 1
                title: Thử
                reportType: dinh-ky
                frequency: quarter
                sections:
                  - code: bang
                    title: Bảng
                    table: bang
                tables:
                  - code: bang
                    title: Bảng
                    rows:
                      units:
                    columns:
                      - code: nhan
                        header: Nhận
                        type: integer
                      - code: ty_le
                        header: Tỷ lệ
                        type: percent
                        rollup: average
                      - code: nhan_truoc
                        header: Nhận kỳ trước
                        type: integer
                        earlierPeriod: {column: nhan, period: previous}
                      - code: ty_le_cung_ky
                        header: Tỷ lệ cùng kỳ
                        type: percent
                        earlierPeriod: {column: ty_le, period: same-last-year}
                """, "thu.yaml");
        assertTrue(r.isValid(), r::errorReport);
        return r.template();
    }

    static SubmissionContent row(String key, Map<String, Object> cells) {
        return new SubmissionContent(null, Map.of("bang", new TableContent(List.of(new RowContent(key, cells)))), null);
    }

    static final SubmissionValidator.Scope NEW_COMMUNE = new SubmissionValidator.Scope("moi", Map.of("moi", "Xã Mới"));

    static Map<String, Object> cells(SubmissionContent c, String key) {
        return c.table("bang").flatMap(t -> t.row(key)).map(RowContent::cells).orElse(Map.of());
    }

    @Test
    void aMergedCommunesOwnRowTakesEachPredecessorsOwnRowCombinedAsTheColumnConsolidates() {
        var before = List.of(new EarlierReports.Report("cu-1", row("cu-1", Map.of("nhan", 30, "ty_le", 80))),
                new EarlierReports.Report("cu-2", row("cu-2", Map.of("nhan", 20, "ty_le", 91))));
        SubmissionContent filled = EarlierPeriodCells.fill(OUTLINE, row("moi", Map.of("nhan", 60)), NEW_COMMUNE,
                Map.of(PeriodOffset.PREVIOUS, before, PeriodOffset.SAME_LAST_YEAR, before));
        Map<String, Object> own = cells(filled, "moi");
        assertEquals(0, new BigDecimal("50").compareTo((BigDecimal) own.get("nhan_truoc")), own.toString());
        assertEquals(new BigDecimal("85.50"), own.get("ty_le_cung_ky"), "averaged at the column's scale");
        assertEquals(60, own.get("nhan"), "the typed figure is left alone");
        assertFalse(filled.table("bang").orElseThrow().row("cu-1").isPresent(), "no rows of the old communes");
    }

    @Test
    void nothingToShowEmptiesTheCellAndARuleThatDoesNotAddUpTakesOnlyASingleReport() {
        SubmissionContent stale = row("moi", Map.of("nhan", 60, "nhan_truoc", 999));
        SubmissionContent filled = EarlierPeriodCells.fill(OUTLINE, stale, NEW_COMMUNE, Map.of());
        assertNull(cells(filled, "moi").get("nhan_truoc"));
        assertTrue(cells(filled, "moi").containsKey("nhan"));

        var column = OUTLINE.table("bang").orElseThrow().column("ty_le").orElseThrow();
        var none = new vn.tonghop.template.model.Column("x", "x", column.type(), null, false, null, null,
                vn.tonghop.template.model.RollupRule.NONE, null);
        assertNull(EarlierPeriodCells.combine(none, List.of(BigDecimal.ONE, BigDecimal.TEN)));
        assertEquals(BigDecimal.TEN, EarlierPeriodCells.combine(none, List.of(BigDecimal.TEN)));
    }

    @Test
    void anEmptyReportGetsARowOnlyWhenThereIsSomethingToShow() {
        SubmissionContent empty = EarlierPeriodCells.fill(OUTLINE, SubmissionContent.EMPTY, NEW_COMMUNE,
                Map.of(PeriodOffset.PREVIOUS, List.of()));
        assertTrue(empty.table("bang").isEmpty(), empty.toString());
        var own = List.of(new EarlierReports.Report("moi", row("moi", Map.of("nhan", "12"))));
        SubmissionContent filled = EarlierPeriodCells.fill(OUTLINE, SubmissionContent.EMPTY, NEW_COMMUNE,
                Map.of(PeriodOffset.PREVIOUS, own));
        assertEquals(new BigDecimal("12"), cells(filled, "moi").get("nhan_truoc"));
    }
}
