package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.sheet.CsvWriter;
import vn.tonghop.export.sheet.XlsxWriter;
import vn.tonghop.template.model.TableDef;

/** XLSX and CSV read back: merged headers, numeric and date cells, bold totals, the CSV byte order mark. */
class SheetWritersTest {

    static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static boolean merged(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == firstRow && r.getLastRow() == lastRow
                && r.getFirstColumn() == firstCol && r.getLastColumn() == lastCol);
    }

    @Test
    void phuLucTwoHasMergedGroupedHeadersNumericCellsAndBoldTotals() throws IOException {
        try (XSSFWorkbook wb = read(new XlsxWriter().write(List.of(Fixtures.filledPhuLuc2())))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Phụ lục II", s.getSheetName());
            assertEquals("Phụ lục II", s.getRow(0).getCell(0).getStringCellValue());
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            // Header rows 2 and 3: STT and label down two rows, groups across, Ghi chú down.
            assertTrue(merged(s, 2, 3, 0, 0), "STT");
            assertTrue(merged(s, 2, 3, 1, 1), "label");
            assertTrue(merged(s, 2, 2, 2, 3), "Số TTHC đang thực hiện");
            assertTrue(merged(s, 2, 2, 4, 7), "Hồ sơ");
            assertTrue(merged(s, 2, 3, 8, 8), "Ghi chú");
            assertEquals("Hồ sơ", s.getRow(2).getCell(4).getStringCellValue());
            assertEquals("Tổng số hồ sơ đã nhận", s.getRow(3).getCell(4).getStringCellValue());
            assertEquals(4, s.getPaneInformation().getHorizontalSplitPosition(), "frozen under the header");
            assertEquals(2, s.getPaneInformation().getVerticalSplitPosition(), "STT and label frozen");

            XSSFRow bimSon = s.getRow(5);
            assertEquals("UBND thị xã Bỉm Sơn", bimSon.getCell(1).getStringCellValue());
            XSSFCell received = bimSon.getCell(4);
            assertEquals(CellType.NUMERIC, received.getCellType());
            assertEquals(1315, received.getNumericCellValue());
            assertEquals("#,##0", received.getCellStyle().getDataFormatString());
            XSSFCell rate = bimSon.getCell(7);
            assertEquals(98.86, rate.getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", rate.getCellStyle().getDataFormatString());
            assertFalse(received.getCellStyle().getFont().getBold());
            assertEquals("Đầy đủ", bimSon.getCell(8).getStringCellValue());

            assertEquals("UBND phường Ngọc Trạo (Chưa nộp)", s.getRow(8).getCell(1).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(8).getCell(4).getCellType());

            XSSFRow grand = s.getRow(10);
            assertEquals("Tổng", grand.getCell(1).getStringCellValue());
            assertTrue(grand.getCell(1).getCellStyle().getFont().getBold());
            assertTrue(grand.getCell(4).getCellStyle().getFont().getBold());
            assertEquals(1435, grand.getCell(4).getNumericCellValue());
            assertTrue(s.getRow(4).getCell(1).getCellStyle().getFont().getBold(), "group row");
        }
    }

    @Test
    void datesAreDateCellsAndYesNoReadsCoKhong() throws IOException {
        // No seed template has date or yes/no columns: a free table like the README's "van-ban", built in code.
        vn.tonghop.template.model.Column date = new vn.tonghop.template.model.Column("ngay", "Ngày hoàn thành",
                vn.tonghop.template.model.ColumnType.DATE, null, false, null, null, null, null);
        vn.tonghop.template.model.Column yes = new vn.tonghop.template.model.Column("so_hoa", "Đã số hóa",
                vn.tonghop.template.model.ColumnType.BOOLEAN, null, false, null, null, null, null);
        TableDef def = new TableDef("tien-do", "Tiến độ", null, null, vn.tonghop.template.model.RowModel.FREE,
                List.of(new vn.tonghop.template.model.ColumnNode.Leaf(date),
                        new vn.tonghop.template.model.ColumnNode.Leaf(yes)),
                null, null, null, null, null, null, false, null, false, null);
        AnnexTable t = AnnexTables.of(def, List.of(new AnnexRow(RowKind.DATA, "1", "Rà soát",
                Arrays.asList(LocalDate.of(2015, 8, 30), Boolean.TRUE), 0, null)));
        try (XSSFWorkbook wb = read(new XlsxWriter().write(List.of(t, Fixtures.filledPhuLuc2())))) {
            XSSFSheet s = wb.getSheet("Tiến độ");
            XSSFCell cell = s.getRow(3).getCell(2);
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertEquals(LocalDate.of(2015, 8, 30), cell.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", cell.getCellStyle().getDataFormatString());
            assertEquals("Có", s.getRow(3).getCell(3).getStringCellValue());
            assertEquals(2, wb.getNumberOfSheets());
        }
    }

    @Test
    void sheetNamesAreShortUniqueAndLegal() {
        Set<String> taken = new HashSet<>();
        AnnexTable long1 = new AnnexTable("a", "Thống kê kết quả tiếp nhận và giải quyết thủ tục hành chính", List.of(),
                List.of(), List.of());
        String first = XlsxWriter.sheetName(long1, taken);
        String second = XlsxWriter.sheetName(long1, taken);
        AnnexTable odd = new AnnexTable("b", "Phụ lục [I]: 1/2017?*", List.of(), List.of(), List.of());
        String third = XlsxWriter.sheetName(odd, taken);
        assertTrue(first.length() <= 31 && second.length() <= 31, first + " / " + second);
        assertFalse(first.equalsIgnoreCase(second));
        assertTrue(second.endsWith("(2)"));
        assertFalse(third.matches(".*[\\\\/?*\\[\\]:].*"), third);
    }

    @Test
    void blankFormOfAUnitsTableShowsGroupsWithEmptyRows() throws IOException {
        TableDef def = Fixtures.table("mot-cua-2017-q1", "phu-luc-2");
        try (XSSFWorkbook wb = read(new XlsxWriter().write(List.of(AnnexTables.blank(def))))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("I", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Cấp huyện", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("1", s.getRow(5).getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(5).getCell(4).getCellType());
            List<String> labels = new ArrayList<>();
            for (int r = 4; r <= s.getLastRowNum(); r++) {
                labels.add(s.getRow(r).getCell(1).getStringCellValue());
            }
            assertTrue(labels.contains("Cấp xã, phường"), labels.toString());
            assertEquals("Tổng", labels.get(labels.size() - 1));
        }
    }

    @Test
    void elevenThousandRowsStream() throws IOException {
        TableDef def = Fixtures.table("mot-cua-2017-q1", "phu-luc-2");
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 1; i <= 11_000; i++) {
            rows.add(new AnnexRow(RowKind.DATA, String.valueOf(i), "Đơn vị " + i,
                    Fixtures.values(100, 5, i, i - 1, 1, "99.5", null), 1, null));
        }
        try (XSSFWorkbook wb = read(new XlsxWriter().write(List.of(AnnexTables.of(def, rows))))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(4 + 11_000 - 1, s.getLastRowNum());
            assertEquals(11_000, s.getRow(s.getLastRowNum()).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndKeepsVietnameseText() {
        byte[] csv = new CsvWriter().write(Fixtures.filledPhuLuc2());
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("STT,\"Tên đơn vị thực hiện cơ chế một cửa, một cửa liên thông\",Theo cơ chế một cửa,"
                + "Theo cơ chế một cửa liên thông,Tổng số hồ sơ đã nhận,Tổng số hồ sơ giải quyết đúng hạn,"
                + "Tổng số hồ sơ giải quyết quá hạn,Tỷ lệ giải quyết đúng hạn,Ghi chú", lines[0]);
        assertEquals("1,UBND thị xã Bỉm Sơn,215,12,1315,1300,15,98.86,Đầy đủ", lines[2]);
        assertEquals("2,UBND phường Ngọc Trạo (Chưa nộp),,,,,,,", lines[5]);
        assertEquals("\"\",Tổng,,,1435,1410,25,12.5,", lines[7]);
        assertEquals("0", new AnnexValues().plain(BigDecimal.ZERO.setScale(2), null));
    }
}
