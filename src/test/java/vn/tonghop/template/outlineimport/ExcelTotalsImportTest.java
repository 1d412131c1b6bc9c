package vn.tonghop.template.outlineimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * Excel formulas beyond a column's own: a row of SUMs down the columns is a total (or, on a group heading, its
 * subtotal), not a warning; a formula that reads another row is named with its cell and the cell it reads; a total row
 * that does not add up its column is named too.
 */
@PortalTest
class ExcelTotalsImportTest {

    @Test
    void sumRowsAreTotalsAndSubtotalsWithoutWarnings() throws IOException {
        JsonPath json = importWorkbook();
        List<Map<String, Object>> warnings = json.getList("warnings");
        assertTrue(warnings.stream().noneMatch(w -> String.valueOf(w.get("where")).contains("Theo đơn vị")),
                warnings.toString());
        assertEquals("units", json.getString("outline.tables[0].rowsKind"));
        assertEquals(Boolean.TRUE, json.get("outline.tables[0].total"), "the unnamed row of SUMs is the total");
        assertEquals("CẤP HUYỆN", json.getString("outline.tables[0].groups[0].label"),
                "the heading whose cells sum its units is the group, not a unit's row");
        String ratio = json.getString("outline.tables[0].columns[2].formula");
        assertTrue(ratio != null && ratio.contains("== 0 ? null :") && ratio.endsWith("* 100"), ratio);
    }

    @Test
    void formulasOverOtherRowsAndTotalsThatDoNotAddUpAreNamedByTheirCells() throws IOException {
        JsonPath json = importWorkbook();
        List<Map<String, Object>> warnings = json.getList("warnings");
        Map<String, Object> otherRow = warnings.stream()
                .filter(w -> String.valueOf(w.get("where")).equals("Trang tính \"Lũy kế\", ô D7")).findFirst()
                .orElseThrow(() -> new AssertionError(warnings.toString()));
        assertTrue(
                String.valueOf(otherRow.get("message")).contains("=D6+C7")
                        && String.valueOf(otherRow.get("message")).contains("ô D6 của một dòng khác"),
                otherRow.toString());
        Map<String, Object> total = warnings.stream()
                .filter(w -> String.valueOf(w.get("where")).equals("Trang tính \"Lũy kế\", ô C9")).findFirst()
                .orElseThrow(() -> new AssertionError(warnings.toString()));
        assertTrue(String.valueOf(total.get("message")).contains("=AVERAGE(C6:C8)"), total.toString());
        assertEquals(Boolean.TRUE, json.get("outline.tables[1].total"));
        assertEquals(List.of("Hồ sơ tiếp nhận", "Hồ sơ giải quyết", "Hồ sơ trả kết quả"),
                json.getList("outline.tables[1].rows.title"), "the total is not a row of the table");
        assertEquals(null, json.getString("outline.tables[1].columns[1].formula"), "the running total is typed");
        assertTrue(warnings.stream().noneMatch(w -> String.valueOf(w.get("where")).contains("ô D9")),
                "the total's SUM down the column is what the portal does: " + warnings);
    }

    static JsonPath importWorkbook() throws IOException {
        return Tokens.as("vp.bimson").multiPart("file", "tong-hop.xlsx", workbook()).post("/api/templates/import")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A units sheet with a subtotal heading and an unnamed SUM total; a fixed sheet with a running total. */
    static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            XSSFSheet s = wb.createSheet("Theo đơn vị");
            cells(s, 0, "BIỂU 1");
            cells(s, 1, "KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ");
            cells(s, 3, "STT", "Tên đơn vị", "Số hồ sơ nhận", "Đã giải quyết", "Tỷ lệ giải quyết (%)");
            cells(s, 4, "I", "CẤP HUYỆN");
            s.getRow(4).createCell(2).setCellFormula("SUM(C6:C7)");
            s.getRow(4).createCell(3).setCellFormula("SUM(D6:D7)");
            for (int r = 5; r <= 6; r++) {
                cells(s, r, Integer.toString(r - 4), "Huyện.....");
                int n = r + 1;
                s.getRow(r).createCell(4).setCellFormula("IF(C" + n + "=0,\"\",D" + n + "/C" + n + ")");
                s.getRow(r).getCell(4).setCellStyle(pct);
            }
            cells(s, 7, "", "");
            s.getRow(7).createCell(2).setCellFormula("C5");
            s.getRow(7).createCell(3).setCellFormula("SUM(D6,D7)");

            XSSFSheet t = wb.createSheet("Lũy kế");
            cells(t, 0, "BIỂU 2");
            cells(t, 1, "HỒ SƠ TRONG KỲ VÀ LŨY KẾ");
            cells(t, 4, "STT", "Chỉ tiêu", "Trong kỳ", "Lũy kế từ đầu năm");
            cells(t, 5, "1", "Hồ sơ tiếp nhận");
            cells(t, 6, "2", "Hồ sơ giải quyết");
            cells(t, 7, "3", "Hồ sơ trả kết quả");
            t.getRow(5).createCell(3).setCellFormula("C6");
            t.getRow(6).createCell(3).setCellFormula("D6+C7");
            t.getRow(7).createCell(3).setCellFormula("D7+C8");
            cells(t, 8, "", "Tổng cộng");
            t.getRow(8).createCell(2).setCellFormula("AVERAGE(C6:C8)");
            t.getRow(8).createCell(3).setCellFormula("SUM(D6:D8)");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(XSSFSheet s, int r, String... values) {
        XSSFRow row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
