package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.sheet.XlsxWriter;

/**
 * A report's annexes as XLSX open with the annex's title block, wrap long text in tall enough rows, print landscape.
 */
class XlsxTitleBlockTest {

    static final String NOTE = "(Kèm theo Báo cáo số 120/BC-UBND ngày 25/4/2017 của UBND thị xã Bỉm Sơn)";

    @Test
    void theTitleBlockComesFirstAndTheHeaderRepeatsBelowIt() throws IOException {
        Annex annex = new Annex("PHỤ LỤC II", "KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA", NOTE, Fixtures.filledPhuLuc2());
        try (XSSFWorkbook wb = SheetWritersTest.read(new XlsxWriter().writeAnnexes(List.of(annex)))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("PHỤ LỤC II", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(NOTE, s.getRow(2).getCell(0).getStringCellValue());
            assertTrue(s.getRow(2).getCell(0).getCellStyle().getFont().getItalic());
            assertTrue(SheetWritersTest.merged(s, 2, 2, 0, 8), "the note spans the table");
            // row 3 is blank; the grouped header takes rows 4 and 5 and repeats on every printed page
            assertEquals("Hồ sơ", s.getRow(4).getCell(4).getStringCellValue());
            assertNotNull(s.getRepeatingRows());
            assertEquals(4, s.getRepeatingRows().getFirstRow());
            assertEquals(5, s.getRepeatingRows().getLastRow());
            assertTrue(s.getPrintSetup().getLandscape());
        }
    }

    @Test
    void aLongLabelWrapsInATallerRow() throws IOException {
        AnnexTable base = Fixtures.filledPhuLuc2();
        List<AnnexRow> rows = new ArrayList<>(base.rows());
        String long_ = "Trung tâm Phục vụ hành chính công và bộ phận tiếp nhận, trả kết quả giải quyết thủ tục hành "
                + "chính của Ủy ban nhân dân phường Ba Đình, thị xã Bỉm Sơn, tỉnh Thanh Hóa";
        rows.add(Fixtures.data("3", long_, 1, 1, 1, 1, 0, "100", null));
        AnnexTable table = new AnnexTable(base.code(), base.title(), base.headerRows(), base.columns(), rows);
        try (XSSFWorkbook wb = SheetWritersTest
                .read(new XlsxWriter().writeAnnexes(List.of(new Annex("PHỤ LỤC II", null, NOTE, table))))) {
            XSSFSheet s = wb.getSheetAt(0);
            int last = s.getLastRowNum();
            assertEquals(long_, s.getRow(last).getCell(1).getStringCellValue());
            assertTrue(s.getRow(last).getCell(1).getCellStyle().getWrapText());
            float oneLine = s.getRow(last - 1).getHeightInPoints();
            assertTrue(s.getRow(last).getHeightInPoints() >= 2 * 15.75f, "a wrapped label gets the lines it needs: "
                    + s.getRow(last).getHeightInPoints() + " vs " + oneLine);
        }
    }
}
