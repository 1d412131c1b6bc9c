package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemplateParserErrorsTest {

    final TemplateParser parser = new TemplateParser();

    /** A small valid template; tests replace one line to break it. */
    static final String VALID = """
            code: thu-nghiem
            version: 1
            title: Mẫu thử
            reportType: dinh-ky
            frequency: quarter
            sections:
              - code: ket-qua
                title: Kết quả
                children:
                  - code: so-lieu
                    title: Số liệu
                    table: phu-luc-2
              - code: kien-nghi
                title: Kiến nghị
            tables:
              - code: phu-luc-2
                title: Phụ lục II
                rows:
                  units:
                columns:
                  - code: ho_so_nhan
                    header: Hồ sơ nhận
                    type: integer
                    min: 0
                  - code: dung_han
                    header: Đúng hạn
                    type: integer
                  - code: qua_han
                    header: Quá hạn
                    type: integer
                  - code: ty_le
                    header: Tỷ lệ đúng hạn
                    type: percent
                    formula: dung_han * 100 / (dung_han + qua_han)
                rules:
                  - expr: dung_han + qua_han <= ho_so_nhan
                    message: Số đã giải quyết vượt số đã nhận
            """;

    static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "fixture lacks: " + from);
        return text.replace(from, to);
    }

    /** 1-based line of the first occurrence of a marker, so expectations do not depend on counting by hand. */
    static int lineOf(String text, String marker) {
        int idx = text.indexOf(marker);
        assertTrue(idx >= 0, marker);
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }

    List<TemplateError> errors(String yaml) {
        TemplateParseResult r = parser.parse(yaml, "test.yaml");
        assertFalse(r.isValid(), "expected errors");
        assertNull(r.template());
        return r.errors();
    }

    static TemplateError only(List<TemplateError> errors) {
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void theFixtureItselfIsValid() {
        TemplateParseResult r = parser.parse(VALID, "test.yaml");
        assertTrue(r.isValid(), r::errorReport);
        assertEquals(List.of("I", "II"), r.template().sections().stream().map(s -> s.ordinal()).toList());
    }

    @Test
    void unknownColumnInFormula() {
        String yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)",
                "formula: dung_han * 100 / (dung_han + abc)");
        TemplateError e = only(errors(yaml));
        assertEquals("test.yaml", e.file());
        assertEquals(lineOf(yaml, "formula:"), e.line());
        assertEquals("tables[0].columns[3].formula", e.path());
        assertEquals("Cột 'abc' không tồn tại trong bảng 'phu-luc-2'", e.message());
    }

    @Test
    void unknownColumnInRule() {
        String yaml = replace(VALID, "expr: dung_han + qua_han <= ho_so_nhan", "expr: dung_han + qua_han <= ho_so");
        TemplateError e = only(errors(yaml));
        assertEquals(lineOf(yaml, "expr:"), e.line());
        assertEquals("tables[0].rules[0].expr", e.path());
        assertEquals("Cột 'ho_so' không tồn tại trong bảng 'phu-luc-2'", e.message());
    }

    @Test
    void syntaxErrorInFormula() {
        String yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)",
                "formula: dung_han * 100 / (dung_han + )");
        TemplateError e = only(errors(yaml));
        assertEquals(lineOf(yaml, "formula:"), e.line());
        assertEquals("tables[0].columns[3].formula", e.path());
        assertTrue(e.message().startsWith("Công thức cột 'ty_le': Biểu thức sai cú pháp"), e.message());
    }

    @Test
    void syntaxErrorInsideABlockScalarPointsAtTheExpressionLine() {
        String yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)",
                "formula: |\n                  dung_han * 100 /\n                  (dung_han + qua_han ))");
        TemplateError e = only(errors(yaml));
        assertEquals(lineOf(yaml, "(dung_han + qua_han ))"), e.line());
    }

    @Test
    void duplicateSectionCode() {
        String yaml = replace(VALID, "  - code: so-lieu", "  - code: ket-qua");
        TemplateError e = only(errors(yaml));
        assertEquals("sections[0].children[0].code", e.path());
        assertEquals(lineOf(yaml, "code: ket-qua\n        title: Số liệu"), e.line());
        assertEquals("Mã mục 'ket-qua' bị trùng (đã dùng ở dòng " + lineOf(yaml, "code: ket-qua") + ")", e.message());
    }

    @Test
    void duplicateSectionCodeAcrossBranches() {
        String yaml = replace(VALID, "code: kien-nghi", "code: so-lieu");
        TemplateError e = only(errors(yaml));
        assertEquals("sections[1].code", e.path());
        assertEquals(lineOf(yaml, "code: so-lieu\n    title: Kiến nghị"), e.line());
    }

    @Test
    void duplicateColumnCode() {
        String yaml = replace(VALID, "code: qua_han", "code: dung_han");
        List<TemplateError> errs = errors(yaml);
        TemplateError e = errs.get(0);
        assertEquals("tables[0].columns[2].code", e.path());
        assertEquals(lineOf(yaml, "code: dung_han\n        header: Quá hạn"), e.line());
        assertTrue(e.message().startsWith("Mã cột 'dung_han' bị trùng trong bảng 'phu-luc-2'"), e.message());
        // qua_han no longer exists, so the formula and the rule are reported too.
        assertTrue(errs.stream().anyMatch(x -> x.message().equals("Cột 'qua_han' không tồn tại trong bảng 'phu-luc-2'")
                && x.path().equals("tables[0].columns[3].formula")), errs.toString());
    }

    @Test
    void duplicateTableCode() {
        String yaml = VALID + """
                  - code: phu-luc-2
                    title: Phụ lục khác
                    rows:
                      free:
                    columns:
                      - code: ghi_chu
                        header: Ghi chú
                        type: text
                """;
        TemplateError e = only(errors(yaml));
        assertEquals("tables[1].code", e.path());
        assertEquals(lineOf(yaml, "code: phu-luc-2\n    title: Phụ lục khác"), e.line());
        assertEquals("Mã bảng 'phu-luc-2' bị trùng (đã dùng ở dòng " + lineOf(yaml, "code: phu-luc-2") + ")",
                e.message());
    }

    @Test
    void cycleBetweenComputedColumnsIsNamed() {
        String yaml = replace(VALID, "header: Quá hạn\n        type: integer\n", """
                header: Quá hạn
                        type: integer
                        formula: tong - dung_han
                      - code: tong
                        header: Tổng
                        type: integer
                        formula: qua_han + 1
                """);
        List<TemplateError> errs = errors(yaml);
        TemplateError e = only(errs);
        assertEquals("tables[0].columns[2].formula", e.path());
        assertEquals(lineOf(yaml, "formula: tong - dung_han"), e.line());
        assertEquals("Vòng lặp giữa các cột tính toán: qua_han → tong → qua_han", e.message());
    }

    @Test
    void selfReferenceIsACycle() {
        String yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)", "formula: ty_le + 1");
        assertEquals("Vòng lặp giữa các cột tính toán: ty_le → ty_le", only(errors(yaml)).message());
    }

    @Test
    void unknownKeyWithSuggestion() {
        String yaml = replace(VALID, "formula: dung_han * 100", "fromula: dung_han * 100");
        TemplateError e = only(errors(yaml));
        assertEquals("tables[0].columns[3].fromula", e.path());
        assertEquals(lineOf(yaml, "fromula:"), e.line());
        assertTrue(e.message().startsWith("Khóa 'fromula' không hợp lệ (có phải là 'formula'?)"), e.message());
    }

    @Test
    void unknownKeyAtTheTop() {
        String yaml = replace(VALID, "version: 1", "version: 1\nauthor: ai đó");
        TemplateError e = only(errors(yaml));
        assertEquals("author", e.path());
        assertEquals(3, e.line());
    }

    @Test
    void badEnumValues() {
        String yaml = replace(VALID, "type: percent", "type: number");
        TemplateError e = only(errors(yaml));
        assertEquals("tables[0].columns[3].type", e.path());
        assertEquals(lineOf(yaml, "type: number"), e.line());
        assertEquals("Giá trị 'number' không hợp lệ. Giá trị hợp lệ: integer, decimal, percent, text, date, boolean",
                e.message());

        yaml = replace(VALID, "frequency: quarter", "frequency: weekly");
        e = only(errors(yaml));
        assertEquals("frequency", e.path());
        assertEquals(5, e.line());

        yaml = replace(VALID, "reportType: dinh-ky", "reportType: hang-quy");
        e = errors(yaml).get(0);
        assertEquals("reportType", e.path());
        assertEquals(4, e.line());
    }

    @Test
    void enumAliasesAreAccepted() {
        String yaml = replace(VALID, "frequency: quarter", "frequency: quy");
        assertTrue(parser.parse(yaml, "x").isValid());
    }

    @Test
    void minGreaterThanMax() {
        String yaml = replace(VALID, "    min: 0\n", "    min: 10\n        max: 5\n");
        TemplateError e = only(errors(yaml));
        assertEquals("tables[0].columns[0].max", e.path());
        assertEquals(lineOf(yaml, "max: 5"), e.line());
        assertEquals("Giá trị 'min' (10) lớn hơn 'max' (5)", e.message());
    }

    @Test
    void tableSectionReferencingUnknownTable() {
        String yaml = replace(VALID, "table: phu-luc-2", "table: phu-luc-9");
        TemplateError e = only(errors(yaml));
        assertEquals("sections[0].children[0].table", e.path());
        assertEquals(lineOf(yaml, "table: phu-luc-9"), e.line());
        assertEquals("Bảng 'phu-luc-9' không tồn tại trong mẫu (các bảng có: phu-luc-2)", e.message());
    }

    @Test
    void missingRequiredField() {
        String yaml = replace(VALID, "    title: Kiến nghị\n", "");
        TemplateError e = only(errors(yaml));
        assertEquals("sections[1].title", e.path());
        assertEquals(lineOf(yaml, "- code: kien-nghi"), e.line());
        assertEquals("Thiếu khóa bắt buộc 'title'", e.message());
    }

    @Test
    void periodicReportNeedsFrequency() {
        String yaml = replace(VALID, "frequency: quarter\n", "");
        TemplateError e = only(errors(yaml));
        assertEquals("frequency", e.path());
    }

    @Test
    void forbiddenConstructsInFormulas() {
        String yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)", "formula: \"''.getClass()\"");
        TemplateError e = only(errors(yaml));
        assertEquals("tables[0].columns[3].formula", e.path());
        assertTrue(e.message().contains("không được gọi phương thức"), e.message());

        yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)",
                "formula: \"new('java.io.File', 'x')\"");
        assertTrue(only(errors(yaml)).message().contains("không được tạo đối tượng"));

        yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)", "formula: dung_han = 3");
        assertTrue(only(errors(yaml)).message().contains("không được gán giá trị"));

        yaml = replace(VALID, "formula: dung_han * 100 / (dung_han + qua_han)", "formula: round(dung_han)");
        assertTrue(only(errors(yaml)).message().contains("Không được gọi hàm 'round'"));
    }

    @Test
    void columnCodeMustBeAVariableName() {
        String yaml = replace(VALID, "code: ho_so_nhan", "code: Hồ-sơ");
        List<TemplateError> errs = errors(yaml);
        assertEquals("tables[0].columns[0].code", errs.get(0).path());
        yaml = replace(VALID, "code: ho_so_nhan", "code: div");
        assertTrue(errors(yaml).get(0).message().contains("trùng từ khóa"));
    }

    @Test
    void yamlSyntaxErrorHasItsLine() {
        String yaml = replace(VALID, "title: Kết quả", "title: [Kết quả");
        TemplateError e = errors(yaml).get(0);
        assertTrue(e.message().startsWith("Lỗi cú pháp YAML"), e.message());
        assertTrue(e.line() >= lineOf(yaml, "[Kết quả"), e.toString());
    }

    @Test
    void duplicateYamlKey() {
        String yaml = replace(VALID, "title: Mẫu thử", "title: Mẫu thử\ntitle: Mẫu khác");
        TemplateError e = only(errors(yaml));
        assertEquals("title", e.path());
        assertEquals(4, e.line());
        assertEquals("Khóa 'title' bị lặp (đã có ở dòng 3)", e.message());
    }

    @Test
    void fixtureFileWithSeveralErrorsReportsAllSortedByLine() throws IOException {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/templates/invalid-several.yaml")) {
            assertNotNull(in);
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TemplateParseResult r = parser.parse(yaml, "invalid-several.yaml");
        List<String> paths = r.errors().stream().map(TemplateError::path).toList();
        assertEquals(
                List.of("reportType", "sections[0].kind", "sections[1].code", "tables[0].rows.fixed[1].key",
                        "tables[0].columns[0].columns[1].rollup", "tables[0].columns[1].formula"),
                paths, r.errorReport());
        for (TemplateError e : r.errors()) {
            assertEquals("invalid-several.yaml", e.file());
        }
        List<Integer> lines = r.errors().stream().map(TemplateError::line).toList();
        assertEquals(List.of(4, 7, 9, 20, 31, 35), lines, r.errorReport());
        TemplateException ex = assertThrows(TemplateException.class, r::orElseThrow);
        assertEquals(6, ex.errors().size());
    }
}
