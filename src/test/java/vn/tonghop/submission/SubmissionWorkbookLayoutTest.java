package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The workbook of the README's complete example (unit, fixed, nested fixed and free tables; every column type) is laid
 * out as the official annex and reads back to what was written.
 */
class SubmissionWorkbookLayoutTest {

    @TempDir
    Path dir;

    static final SubmissionMessages MSG = (SubmissionMessages) Proxy.newProxyInstance(
            SubmissionMessages.class.getClassLoader(), new Class<?>[] { SubmissionMessages.class },
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.toString(args)));

    static final WorkbookConfig CONFIG = new WorkbookConfig() {
        @Override
        public MemorySize maxSize() {
            return new MemorySize(java.math.BigInteger.valueOf(5 * 1024 * 1024));
        }

        @Override
        public MemorySize maxUnpackedSize() {
            return new MemorySize(java.math.BigInteger.valueOf(50 * 1024 * 1024));
        }

        @Override
        public int maxSheets() {
            return 50;
        }

        @Override
        public int maxRowsPerSheet() {
            return 5000;
        }
    };

    static OutlineTemplate example() throws IOException {
        String md = Files.readString(Path.of("templates-outline/README.md"), StandardCharsets.UTF_8);
        int from = md.indexOf("```yaml", md.indexOf("## Complete example"));
        int start = md.indexOf('\n', from) + 1;
        return new TemplateParser().parse(md.substring(start, md.indexOf("```", start)), "README.md").orElseThrow();
    }

    static final SubmissionValidator.Scope SCOPE = new SubmissionValidator.Scope("14794",
            Map.of("14794", "UBND phường Ba Đình"));

    static Map<String, Object> cells(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static SubmissionContent content() {
        return new SubmissionContent(null, Map.of("phu-luc-2",
                new TableContent(List.of(new RowContent("14794",
                        cells("tthc_mot_cua", 120, "ho_so_nhan", 10, "dung_han", 8, "qua_han", 2, "ghi_chu", "Tốt")))),
                "tien-do",
                new TableContent(List.of(new RowContent("nv-02",
                        cells("tinh_trang", "Đã xong", "ty_le_hoan_thanh", 100, "ngay_hoan_thanh", "2015-08-20")))),
                "thong-ke",
                new TableContent(List.of(new RowContent("cap-xa-truc-tuyen",
                        cells("tiep_nhan", 7, "co_so_hoa", true, "thoi_gian_tb", new BigDecimal("2.5"))))),
                "van-ban", new TableContent(List.of(new RowContent("1", cells("so_ky_hieu", "675/UBND-VP",
                        "ngay_ban_hanh", "2017-04-24", "trich_yeu", "V/v báo cáo một cửa"))))),
                null);
    }

    byte[] workbook(OutlineTemplate outline) {
        return SubmissionWorkbook.write(new SubmissionWorkbook.Meta(7, "14794", "UBND phường Ba Đình", "Quý I/2017", 3),
                outline, SubmissionView.tables(outline, content(), SCOPE), SCOPE, MSG);
    }

    @Test
    void everyTableIsASheetInTheOfficialLayoutWithOnlyInputCellsUnlocked() throws IOException {
        OutlineTemplate outline = example();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(outline)))) {
            assertEquals(
                    List.of("Phụ lục II", "Tiến độ thực hiện Kế hoạch", "Thống kê hồ sơ theo cấp",
                            "Văn bản đã ban hành", WorkbookMapping.MAPPING_SHEET),
                    java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(4));
            assertTrue(wb.isStructureLocked());

            XSSFSheet pl = wb.getSheet("Phụ lục II");
            assertTrue(pl.getProtect());
            assertEquals("Phụ lục II", text(pl, "A1"));
            // Three header rows (STT | label | Số TTHC … / Hồ sơ / Đã giải quyết …) from row 7, data from row 10.
            assertEquals("STT", text(pl, "A7"));
            assertEquals("Số TTHC đang thực hiện", text(pl, "C7"));
            assertEquals("Đúng hạn", text(pl, "F9"));
            assertTrue(pl.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("A7:A9")));
            assertTrue(pl.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("C7:D7")));
            assertEquals("UBND phường Ba Đình", text(pl, "B10"));
            assertEquals(10.0, cell(pl, "E10").getNumericCellValue());
            assertFalse(cell(pl, "E10").getCellStyle().getLocked());
            assertTrue(cell(pl, "B10").getCellStyle().getLocked());
            assertTrue(cell(pl, "E7").getCellStyle().getLocked());
            // The on-time ratio is a live Excel formula over the row, locked, with the portal's result cached.
            assertTrue(cell(pl, "H10").getCellFormula().contains("F10*100"), cell(pl, "H10").getCellFormula());
            assertTrue(cell(pl, "H10").getCellStyle().getLocked());
            assertEquals(80.0, cell(pl, "H10").getNumericCellValue(), 1e-9);
            assertEquals(5, pl.getDataValidations().size(), "one per input column but the text one");

            XSSFSheet tk = wb.getSheet("Thống kê hồ sơ theo cấp");
            assertEquals("I", text(tk, "A6"));
            assertEquals("Tại cấp huyện", text(tk, "B6"));
            assertTrue(cell(tk, "C6").getCellStyle().getLocked(), "a heading row is the sum of its children");
            assertEquals("IF(COUNT(C7:C8)=0,\"\",SUM(C7:C8))", cell(tk, "C6").getCellFormula());
            assertEquals("1", text(tk, "A7"));
            assertFalse(cell(tk, "C7").getCellStyle().getLocked());
            assertEquals("Có", text(tk, "D11"));
            assertEquals("Tổng cộng", text(tk, "B12"));
            assertEquals("IF(COUNT(C7:C8,C10:C11)=0,\"\",SUM(C7:C8,C10:C11))", cell(tk, "C12").getCellFormula());
            assertEquals("COUNTA(D7:D8,D10:D11)", cell(tk, "D12").getCellFormula());

            XSSFSheet vb = wb.getSheet("Văn bản đã ban hành");
            assertEquals("675/UBND-VP", text(vb, "C6"));
            assertEquals(java.time.LocalDateTime.of(2017, 4, 24, 0, 0), cell(vb, "D6").getLocalDateTimeCellValue());
            assertFalse(cell(vb, "C55").getCellStyle().getLocked(), "50 free rows to fill");
            assertNull(vb.getRow(55), "and not one more");
        }
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameContent() throws IOException {
        OutlineTemplate outline = example();
        Path file = dir.resolve("a.xlsx");
        Files.write(file, workbook(outline));
        WorkbookReader.Result r = new WorkbookReader(CONFIG, MSG).read(file,
                new WorkbookReader.Expected(7, "14794", outline));
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.version());
        SubmissionValidator.Normalised n = new SubmissionValidator(new vn.tonghop.template.FormulaEngine(), MSG)
                .normalise(outline, r.content(), SCOPE);
        assertEquals(List.of(), n.errors());
        assertTrue(n.content().sameAs(new SubmissionValidator(new vn.tonghop.template.FormulaEngine(), MSG)
                .normalise(outline, content(), SCOPE).content()), n.content().toJson());
        assertEquals("E10", r.places().get("phu-luc-2/14794/ho_so_nhan").cell());
    }

    @Test
    void cellsTypedWrongAreAllReportedWithSheetAndCell() throws IOException {
        OutlineTemplate outline = example();
        Path file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(outline)))) {
            cell(wb.getSheet("Phụ lục II"), "E10").setCellValue("mười");
            cell(wb.getSheet("Tiến độ thực hiện Kế hoạch"), "E7").setCellValue("hôm qua");
            cell(wb.getSheet("Thống kê hồ sơ theo cấp"), "D11").setCellValue("Chắc là có");
            Cell formula = cell(wb.getSheet("Phụ lục II"), "F10");
            formula.setCellFormula("1/0");
            formula.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        WorkbookReader.Result r = new WorkbookReader(CONFIG, MSG).read(file,
                new WorkbookReader.Expected(7, "14794", outline));
        assertEquals(
                List.of("wbNotType[Phụ lục II, E10, mười, typeName[INTEGER]]", "wbCellError[Phụ lục II, F10, #DIV/0!]",
                        "wbNotType[Tiến độ thực hiện Kế hoạch, E7, hôm qua, typeName[DATE]]",
                        "wbNotType[Thống kê hồ sơ theo cấp, D11, Chắc là có, typeName[BOOLEAN]]"),
                r.problems().stream().map(WorkbookReader.Problem::message).toList());
    }

    static Cell cell(XSSFSheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        return sheet.getRow(r.getRow()).getCell(r.getCol());
    }

    static String text(XSSFSheet sheet, String ref) {
        return cell(sheet, ref).getStringCellValue();
    }
}
