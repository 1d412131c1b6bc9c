package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.AnomalyThresholds;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.EarlierPeriod;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.TableDef;

/** The template keys {@code earlierPeriod} (on a column) and {@code anomalies} (on the template). */
class EarlierPeriodKeysTest {

    final TemplateParser parser = new TemplateParser();

    /** A units table with a typed column, a computed one and {@code EXTRA} put among its columns. */
    static String template(String rows, String extra, String root) {
        return """
                code: thu-ky-truoc
                version: 1
                title: Mẫu thử
                reportType: dinh-ky
                frequency: quarter
                %s
                sections:
                  - code: so-lieu
                    title: Số liệu
                    table: bang
                tables:
                  - code: bang
                    title: Bảng
                    rows:
                      %s
                    columns:
                      - code: nhan
                        header: Hồ sơ nhận
                        type: integer
                      - code: ty_le
                        header: Tỷ lệ
                        type: percent
                        formula: nhan * 100 / 7
                %s
                """.formatted(root, rows, extra.indent(6).stripTrailing());
    }

    static final String EARLIER = """
            - code: nhan_truoc
              header: Kỳ trước
              type: integer
              earlierPeriod:
                column: nhan
                period: previous""";

    String errors(String yaml) {
        TemplateParseResult r = parser.parse(yaml, "thu.yaml");
        assertFalse(r.isValid(), yaml);
        return r.errorReport();
    }

    @Test
    void seedOnesTwoPeriodTableReadsItsEarlierColumnsAndThresholds() throws IOException {
        TemplateParseResult r = parser.parse(Path.of("templates-outline", "tiep-nhan-tthc-hang-quy.yaml"));
        assertTrue(r.isValid(), r::errorReport);
        OutlineTemplate t = r.template();
        TableDef table = t.table("thong-ke-tthc-quy").orElseThrow();
        assertEquals(new EarlierPeriod("tiep_nhan", PeriodOffset.PREVIOUS),
                table.column("tiep_nhan_quy_truoc").orElseThrow().earlier());
        assertEquals(new EarlierPeriod("dung_han", PeriodOffset.SAME_LAST_YEAR),
                table.column("dung_han_cung_ky").orElseThrow().earlier());
        Column ratio = table.column("so_voi_cung_ky").orElseThrow();
        assertTrue(ratio.isComputed() && !ratio.isTyped() && !ratio.isEarlier());
        assertTrue(table.column("tiep_nhan").orElseThrow().isTyped());
        assertTrue(t.hasEarlierColumns());
        assertEquals(new AnomalyThresholds(true, null, null, 2.5, 20.0), t.anomalies());

        String yaml = TemplateSerializer.toYaml(t);
        TemplateParseResult again = parser.parse(yaml, "lại");
        assertTrue(again.isValid(), () -> again.errorReport() + "\n" + yaml);
        assertEquals(t, again.template());
    }

    @Test
    void aTemplateWithoutTheKeysKeepsThePortalsDefaults() {
        TemplateParseResult r = parser.parse(template("units:", "", ""), "thu.yaml");
        assertTrue(r.isValid(), r::errorReport);
        assertEquals(AnomalyThresholds.DEFAULTS, r.template().anomalies());
        assertFalse(r.template().hasEarlierColumns());
        assertFalse(TemplateSerializer.toYaml(r.template()).contains("anomalies"));
    }

    @Test
    void anEarlierColumnNeedsRowsThatLineUpAndATypedNumberColumnOfItsType() {
        assertTrue(parser.parse(template("units:", EARLIER, ""), "thu.yaml").isValid());
        assertTrue(errors(template("free:", EARLIER, "")).contains("dòng đơn vị tự thêm không nối được với kỳ trước"));
        assertTrue(errors(template("units:", EARLIER.replace("column: nhan", "column: nhan_x"), ""))
                .contains("[tables[0].columns[2].earlierPeriod.column] Cột 'nhan_x' không tồn tại trong bảng"));
        assertTrue(errors(template("units:", EARLIER.replace("column: nhan", "column: ty_le"), ""))
                .contains("không do đơn vị nhập"));
        assertTrue(errors(template("units:", EARLIER.replace("type: integer", "type: decimal"), ""))
                .contains("phải là cột số cùng kiểu với cột 'nhan' (integer)"));
        String badPeriod = errors(template("units:", EARLIER.replace("period: previous", "period: last-month"), ""));
        assertTrue(badPeriod.contains("Giá trị 'last-month' không hợp lệ. Giá trị hợp lệ: previous, same-last-year"),
                badPeriod);
        assertTrue(
                errors(template("units:", EARLIER + "\n  required: true", "")).contains("không khai báo 'required'"));
        assertTrue(errors(template("units:", EARLIER.replace("period: previous", "period: previous\n    when: 2"), ""))
                .contains("Khóa 'when' không hợp lệ"));
        String line = errors(template("units:", EARLIER.replace("column: nhan", "column: nhan_x"), ""));
        assertTrue(line.startsWith("thu.yaml:"), line);
        // the Vietnamese alias reads the same
        assertTrue(
                parser.parse(template("units:", EARLIER.replace("period: previous", "period: cung-ky"), ""), "thu.yaml")
                        .isValid());
    }

    @Test
    void thresholdsAreCheckedWhereTheyAreWritten() {
        String ok = "anomalies:\n  enabled: false\n  minPeers: 8\n  peerScore: 4";
        TemplateParseResult r = parser.parse(template("units:", "", ok), "thu.yaml");
        assertTrue(r.isValid(), r::errorReport);
        assertEquals(new AnomalyThresholds(false, 4.0, 8, null, null), r.template().anomalies());
        assertEquals(r.template(), parser.parse(TemplateSerializer.toYaml(r.template()), "lại").template());

        assertTrue(errors(template("units:", "", "anomalies:\n  periodRatio: 1"))
                .contains("'periodRatio' phải là số" + " lớn hơn 1"));
        assertTrue(errors(template("units:", "", "anomalies:\n  minPeers: 0")).contains("khoảng 1..1000"));
        assertTrue(errors(template("units:", "", "anomalies:\n  periodMinDifference: -3")).contains("không được âm"));
        assertTrue(errors(template("units:", "", "anomalies:\n  peerScroe: 3")).contains("Khóa 'peerScroe' không"));
        assertTrue(errors(template("units:", "", "anomalies: 3")).contains("Cần một nhóm khóa"));
        assertNull(parser.parse(template("units:", "", "anomalies:\n  enabled: maybe"), "thu.yaml").template());
    }
}
