package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.Severity;
import vn.tonghop.template.model.TableDef;

class FormulaEngineTest {

    static final FormulaEngine ENGINE = new FormulaEngine();
    static TableDef phuLuc2;
    static TableDef canBo;
    static TableDef keHoach;

    @BeforeAll
    static void load() throws IOException {
        TemplateParser p = new TemplateParser(ENGINE);
        phuLuc2 = p.parse(Path.of("templates-outline/mot-cua-2017-q1.yaml")).orElseThrow().table("phu-luc-2")
                .orElseThrow();
        canBo = p.parse(Path.of("templates-outline/bo-phan-mot-cua-2024.yaml")).orElseThrow()
                .table("phu-luc-can-bo-bpmc").orElseThrow();
        keHoach = p.parse(Path.of("templates-outline/ke-hoach-mot-cua-2015.yaml")).orElseThrow()
                .table("tien-do-nhiem-vu").orElseThrow();
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static void assertDecimal(String expected, Object actual) {
        assertTrue(actual instanceof BigDecimal, () -> "not a BigDecimal: " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), () -> expected + " != " + actual);
    }

    @Test
    void computesPercentFromMixedNumberTypes() {
        Map<String, Object> out = ENGINE.computeRow(phuLuc2,
                row("ho_so_nhan", 120, "dung_han", 90L, "qua_han", new BigDecimal("30"), "ghi_chu", "x"));
        assertDecimal("75.00", out.get("ty_le_dung_han"));
        assertEquals(new BigDecimal("75.00"), out.get("ty_le_dung_han")); // percent keeps 2 decimals
        assertEquals(BigDecimal.valueOf(120), out.get("ho_so_nhan")); // inputs normalised
        assertEquals("x", out.get("ghi_chu"));
    }

    @Test
    void roundsHalfUpToTheColumnScale() {
        Map<String, Object> out = ENGINE.computeRow(phuLuc2, row("dung_han", 2, "qua_han", 1));
        assertEquals(new BigDecimal("66.67"), out.get("ty_le_dung_han"));
    }

    @Test
    void divisionByZeroOrMissingInputGivesNull() {
        // The template guards 0/0 with a ternary; the engine must also survive an unguarded division.
        assertNull(ENGINE.computeRow(phuLuc2, row("dung_han", 0, "qua_han", 0)).get("ty_le_dung_han"));
        assertNull(ENGINE.computeRow(phuLuc2, row("dung_han", 5)).get("ty_le_dung_han"));
        Formula raw = ENGINE.compile("a * 100 / b");
        assertNull(ENGINE.evaluate(raw, row("a", 5, "b", 0)));
        assertNull(ENGINE.evaluate(raw, row("a", 5, "b", null)));
        assertDecimal("250", ENGINE.evaluate(raw, row("a", 5, "b", 2)));
    }

    @Test
    void divisionIsDecimalEvenForIntegers() {
        assertDecimal("0.5", ENGINE.evaluate(ENGINE.compile("a / b"), row("a", 1, "b", 2)));
        assertDecimal("0.5", ENGINE.evaluate(ENGINE.compile("1 / 2"), Map.of()));
    }

    @Test
    void computedIntegerColumn() {
        Map<String, Object> out = ENGINE.computeRow(canBo, row("thuoc_bien_che", 4, "duoc_cu_den", "3"));
        assertEquals(BigDecimal.valueOf(7), out.get("tong_so"));
        assertNull(ENGINE.computeRow(canBo, row("thuoc_bien_che", 4)).get("tong_so"));
    }

    @Test
    void computedValuesTypedByTheUnitAreReplaced() {
        Map<String, Object> out = ENGINE.computeRow(phuLuc2, row("dung_han", 1, "qua_han", 1, "ty_le_dung_han", 99));
        assertEquals(new BigDecimal("50.00"), out.get("ty_le_dung_han"));
    }

    @Test
    void ruleViolated() {
        List<RuleViolation> v = ENGINE.checkRow(phuLuc2, row("ho_so_nhan", 10, "dung_han", 8, "qua_han", 5));
        assertEquals(1, v.size());
        RuleViolation r = v.get(0);
        assertEquals("dung_han + qua_han <= ho_so_nhan", r.expr());
        assertEquals(Severity.ERROR, r.severity());
        assertEquals("Tổng số hồ sơ giải quyết đúng hạn và quá hạn không được lớn hơn tổng số hồ sơ đã nhận",
                r.message());
        assertEquals(List.of("dung_han", "qua_han", "ho_so_nhan"), r.columns());
        assertTrue(r.isError());
    }

    @Test
    void ruleNotViolated() {
        assertEquals(List.of(), ENGINE.checkRow(phuLuc2, row("ho_so_nhan", 13, "dung_han", 8, "qua_han", 5)));
        assertEquals(List.of(), ENGINE.checkRow(phuLuc2, row("ho_so_nhan", 20, "dung_han", 8, "qua_han", 5)));
    }

    @Test
    void ruleWithAllInputsEmptyIsNotViolated() {
        assertEquals(List.of(), ENGINE.checkRow(phuLuc2, row()));
        assertEquals(List.of(), ENGINE.checkRow(phuLuc2, row("ghi_chu", "Chưa có số liệu", "dung_han", "")));
    }

    @Test
    void warningRuleUsingEmpty() {
        List<RuleViolation> v = ENGINE.checkRow(keHoach, row("ty_le_hoan_thanh", 100));
        assertEquals(1, v.size());
        assertEquals(Severity.WARNING, v.get(0).severity());
        assertEquals(List.of(), ENGINE.checkRow(keHoach, row("ty_le_hoan_thanh", 100, "ket_qua", "Đã quán triệt")));
        assertEquals(List.of(), ENGINE.checkRow(keHoach, row("ty_le_hoan_thanh", 60)));
    }

    @Test
    void cellChecks() {
        List<RuleViolation> v = ENGINE.checkCells(phuLuc2,
                row("ho_so_nhan", -1, "dung_han", "mười", "qua_han", new BigDecimal("1.5")));
        assertEquals(
                List.of("Cột 'Tổng số hồ sơ đã nhận' phải lớn hơn hoặc bằng 0",
                        "Giá trị 'mười' của cột 'Tổng số hồ sơ giải quyết đúng hạn' không hợp lệ (số nguyên)",
                        "Cột 'Tổng số hồ sơ giải quyết quá hạn' phải là số nguyên"),
                v.stream().map(RuleViolation::message).toList());
        List<RuleViolation> missing = ENGINE.checkCells(phuLuc2, row());
        assertEquals(3, missing.size()); // ho_so_nhan, dung_han, qua_han are required
        assertEquals("Cột 'Tổng số hồ sơ đã nhận' bắt buộc nhập", missing.get(0).message());
        assertEquals(List.of("Cột 'Tỷ lệ hoàn thành' phải nhỏ hơn hoặc bằng 100"),
                ENGINE.checkCells(keHoach, row("ty_le_hoan_thanh", 120)).stream().map(RuleViolation::message).toList());
        // Column check (qua_han < 0) then the rule (5 + -1 > 1).
        List<RuleViolation> both = ENGINE.validateRow(phuLuc2, row("ho_so_nhan", 1, "dung_han", 5, "qua_han", -1));
        assertEquals(
                List.of("Cột 'Tổng số hồ sơ giải quyết quá hạn' phải lớn hơn hoặc bằng 0",
                        "Tổng số hồ sơ giải quyết đúng hạn và quá hạn không được lớn hơn tổng số hồ sơ đã nhận"),
                both.stream().map(RuleViolation::message).toList());
    }

    @Test
    void chainedComputedColumnsEvaluateInDependencyOrder() {
        String yaml = """
                code: chuoi
                version: 1
                title: Chuỗi
                reportType: dot-xuat
                sections:
                  - code: s
                    title: S
                    table: t
                tables:
                  - code: t
                    title: T
                    rows:
                      free:
                    columns:
                      - code: ty_le
                        header: Tỷ lệ
                        type: percent
                        formula: "tong == 0 ? null : a * 100 / tong"
                      - code: tong
                        header: Tổng
                        type: integer
                        formula: a + b
                      - code: a
                        header: A
                        type: integer
                      - code: b
                        header: B
                        type: integer
                """;
        TableDef t = new TemplateParser(ENGINE).parse(yaml, "chuoi.yaml").orElseThrow().table("t").orElseThrow();
        assertEquals(List.of("tong", "ty_le"), List.copyOf(ENGINE.compile(t).formulas().keySet()));
        Map<String, Object> out = ENGINE.computeRow(t, row("a", 1, "b", 3));
        assertEquals(BigDecimal.valueOf(4), out.get("tong"));
        assertEquals(new BigDecimal("25.00"), out.get("ty_le"));
        assertNull(ENGINE.computeRow(t, row("a", 0, "b", 0)).get("ty_le"));
    }

    @Test
    void compileReportsUnknownSyntaxWithPosition() {
        FormulaException e = assertThrows(FormulaException.class, () -> ENGINE.compile("a + * b"));
        assertTrue(e.getMessage().startsWith("Biểu thức sai cú pháp"), e.getMessage());
        assertTrue(e.column() > 0);
        assertThrows(FormulaException.class, () -> ENGINE.compile("  "));
    }
}
