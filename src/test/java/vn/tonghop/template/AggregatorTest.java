package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

class AggregatorTest {

    static final FormulaEngine ENGINE = new FormulaEngine();
    static final Aggregator AGGREGATOR = new Aggregator(ENGINE);
    static TableDef phuLuc2;
    static TableDef thongKe;
    static TableDef keHoach;

    @BeforeAll
    static void load() throws IOException {
        TemplateParser p = new TemplateParser(ENGINE);
        phuLuc2 = p.parse(Path.of("templates-outline/mot-cua-2017-q1.yaml")).orElseThrow().table("phu-luc-2")
                .orElseThrow();
        OutlineTemplate bpmc = p.parse(Path.of("templates-outline/bo-phan-mot-cua-2024.yaml")).orElseThrow();
        thongKe = bpmc.table("thong-ke-tthc").orElseThrow();
        keHoach = p.parse(Path.of("templates-outline/ke-hoach-mot-cua-2015.yaml")).orElseThrow()
                .table("tien-do-nhiem-vu").orElseThrow();
    }

    /** A one-table template of unit rows with these columns (YAML list items, from "- code:"), its table. */
    static TableDef unitsTable(String columns) {
        String yaml = """
                code: bang
                version: 1
                title: Bảng
                reportType: dot-xuat
                sections:
                  - code: s
                    title: S
                    table: t
                tables:
                  - code: t
                    title: T
                    rows:
                      units:
                    columns:
                """ + columns.indent(6);
        return new TemplateParser(ENGINE).parse(yaml, "bang.yaml").orElseThrow().table("t").orElseThrow();
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void percentIsARatioOfSumsNotAnAverageOfRatios() {
        List<Map<String, Object>> rows = List.of(
                row("ho_so_nhan", 25, "dung_han", 10, "qua_han", 10, "tthc_mot_cua", 120, "ghi_chu", "xã A"),
                row("ho_so_nhan", 45L, "dung_han", 30, "qua_han", new BigDecimal("10"), "tthc_mot_cua", 118));
        // Per row: 50% and 75%; their average would be 62.50.
        assertEquals(new BigDecimal("50.00"), ENGINE.computeRow(phuLuc2, rows.get(0)).get("ty_le_dung_han"));
        assertEquals(new BigDecimal("75.00"), ENGINE.computeRow(phuLuc2, rows.get(1)).get("ty_le_dung_han"));
        Map<String, Object> total = AGGREGATOR.aggregate(phuLuc2, rows);
        assertEquals(BigDecimal.valueOf(70), total.get("ho_so_nhan"));
        assertEquals(BigDecimal.valueOf(40), total.get("dung_han"));
        assertEquals(BigDecimal.valueOf(20), total.get("qua_han"));
        assertEquals(new BigDecimal("66.67"), total.get("ty_le_dung_han")); // 40 / 60
        assertNull(total.get("tthc_mot_cua")); // rollup none
        assertNull(total.get("tthc_lien_thong"));
        assertNull(total.get("ghi_chu")); // text: none
        assertEquals(phuLuc2.columns().size(), total.size());
    }

    @Test
    void sumSkipsEmptyCellsAndIsNullWhenNobodyReported() {
        Map<String, Object> total = AGGREGATOR.aggregate(phuLuc2,
                List.of(row("ho_so_nhan", 5), row("ho_so_nhan", ""), row(), row("ho_so_nhan", null)));
        assertEquals(BigDecimal.valueOf(5), total.get("ho_so_nhan"));
        assertNull(total.get("dung_han"));
        assertNull(total.get("ty_le_dung_han"));
        assertNull(AGGREGATOR.aggregate(phuLuc2, List.of()).get("ho_so_nhan"));
    }

    @Test
    void averageOverReportedValues() {
        Map<String, Object> total = AGGREGATOR.aggregate(keHoach, List.of(row("ty_le_hoan_thanh", 100),
                row("ty_le_hoan_thanh", 50), row("ty_le_hoan_thanh", 25), row("tinh_trang", "Chưa thực hiện")));
        assertEquals(new BigDecimal("58.33"), total.get("ty_le_hoan_thanh")); // 175 / 3, the empty row not counted
        assertNull(total.get("tinh_trang"));
    }

    @Test
    void countMinMax() {
        TableDef t = unitsTable("""
                  - code: co_bao_cao
                    header: Đã báo cáo
                    type: text
                    rollup: count
                  - code: thap_nhat
                    header: Thấp nhất
                    type: decimal
                    rollup: min
                  - code: cao_nhat
                    header: Cao nhất
                    type: integer
                    rollup: max
                  - code: ngay_xong
                    header: Ngày hoàn thành muộn nhất
                    type: date
                    rollup: max
                """);
        Map<String, Object> total = AGGREGATOR.aggregate(t,
                List.of(row("co_bao_cao", "có", "thap_nhat", 2.5, "cao_nhat", 3, "ngay_xong", "2024-04-20"),
                        row("co_bao_cao", "", "thap_nhat", "1.25", "cao_nhat", 9, "ngay_xong", "2024-04-18"),
                        row("co_bao_cao", "có", "cao_nhat", 7)));
        assertEquals(BigDecimal.valueOf(2), total.get("co_bao_cao"));
        assertEquals(new BigDecimal("1.25"), total.get("thap_nhat"));
        assertEquals(BigDecimal.valueOf(9), total.get("cao_nhat"));
        assertEquals(java.time.LocalDate.of(2024, 4, 20), total.get("ngay_xong"));
        assertEquals(BigDecimal.ZERO, AGGREGATOR.aggregate(t, List.of(row())).get("co_bao_cao"));
    }

    @Test
    void fixedParentRowsRollUpFromTheirChildren() {
        Map<String, Map<String, Object>> typed = new HashMap<>();
        typed.put("cap-xa-truc-tiep", row("n2023_tiep_nhan", 100, "n2023_dung_han", 90, "n2023_qua_han", 10));
        typed.put("cap-xa-truc-tuyen", row("n2023_tiep_nhan", 50, "n2023_dung_han", 20, "n2023_qua_han", 20));
        Map<String, Map<String, Object>> all = AGGREGATOR.rollupFixedRows(thongKe, typed);
        assertEquals(
                List.of("cap-tinh", "cap-tinh-truc-tiep", "cap-tinh-truc-tuyen", "cap-huyen", "cap-huyen-truc-tiep",
                        "cap-huyen-truc-tuyen", "cap-xa", "cap-xa-truc-tiep", "cap-xa-truc-tuyen"),
                new ArrayList<>(all.keySet()));
        Map<String, Object> capXa = all.get("cap-xa");
        assertEquals(BigDecimal.valueOf(150), capXa.get("n2023_tiep_nhan"));
        assertEquals(new BigDecimal("78.57"), capXa.get("n2023_ty_le_dung_han")); // 110 / 140
        assertEquals(new BigDecimal("50.00"), all.get("cap-xa-truc-tuyen").get("n2023_ty_le_dung_han"));
        assertNull(all.get("cap-tinh").get("n2023_tiep_nhan"));
    }

    @Test
    void aSumSkipsEmptyCellsAndRowsAndIsEmptyWhenNobodyReported() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("ho_so_nhan", " ", "dung_han", 4));
        rows.add(null);
        rows.add(row("ho_so_nhan", "12", "dung_han", new BigDecimal("1.5")));
        rows.add(row("dung_han", 2L));
        Map<String, Object> total = AGGREGATOR.aggregate(phuLuc2, rows);
        assertEquals(new BigDecimal("12"), total.get("ho_so_nhan"));
        assertEquals(new BigDecimal("7.5"), total.get("dung_han"));
        assertNull(total.get("qua_han"), "no unit gave a value: empty, not 0");
    }

    @Test
    void consolidationsAddedTogetherGiveTheTotalOfAllTheirRows() {
        TableDef t = unitsTable("""
                  - code: so
                    header: Số
                    type: integer
                  - code: dem
                    header: Đã báo cáo
                    type: text
                    rollup: count
                  - code: thap_nhat
                    header: Thấp nhất
                    type: decimal
                    rollup: min
                  - code: cao_nhat
                    header: Cao nhất
                    type: integer
                    rollup: max
                  - code: binh_quan
                    header: Bình quân
                    type: decimal
                    rollup: average
                """);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("so", 4, "dem", "có", "thap_nhat", 2.5, "cao_nhat", 3, "binh_quan", 1));
        rows.add(null);
        rows.add(row("so", "12", "dem", "", "thap_nhat", "1.25", "cao_nhat", 9, "binh_quan", "2"));
        rows.add(row("dem", "có", "cao_nhat", 7, "binh_quan", 4));
        rows.add(row("so", new BigDecimal("1.5")));
        Map<String, Object> whole = AGGREGATOR.aggregate(t, rows);
        assertEquals(BigDecimal.valueOf(2), whole.get("dem"));
        assertEquals(new BigDecimal("2.33"), whole.get("binh_quan"));
        for (int cut = 0; cut <= rows.size(); cut++) {
            Consolidation merged = AGGREGATOR.consolidation(t).addAll(rows.subList(0, cut))
                    .add(AGGREGATOR.consolidation(t).addAll(rows.subList(cut, rows.size())));
            assertEquals(whole, merged.row(), "cut after row " + cut);
        }
        Consolidation empty = AGGREGATOR.consolidation(t).add(AGGREGATOR.consolidation(t));
        assertEquals(AGGREGATOR.aggregate(t, List.of()), empty.row());
        assertNull(empty.row().get("so"), "nobody reported: empty, not 0");

        // a value that is not a number, in whichever part it comes, counts as it does in one pass
        List<Map<String, Object>> odd = List.of(row("binh_quan", 3, "cao_nhat", "chín"), row("binh_quan", "ba"));
        assertEquals(AGGREGATOR.aggregate(t, odd), AGGREGATOR.consolidation(t).addAll(odd.subList(0, 1))
                .add(AGGREGATOR.consolidation(t).addAll(odd.subList(1, 2))).row());
    }
}
