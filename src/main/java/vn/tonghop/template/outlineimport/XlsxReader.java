package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.outlineimport.OutlineDraft.Warning;

/**
 * Reads an Excel phụ lục: every visible sheet with a header block is a table; the lines above its header title it,
 * merged cells are read as one, formulas are kept for translation, and the signing lines below the table end it.
 */
final class XlsxReader {

    private static final Pattern ORDINAL = Pattern.compile(Vocabulary.word("table.ordinalHeader"));
    private static final Pattern SIGNATURE = Pattern.compile(Vocabulary.word("outline.signature.xlsx"));
    private static final int MAX_ROWS = 5000;
    private static final int MAX_COLS = 200;

    /** A sheet's table and its title lines. */
    record SheetTable(Grid grid, List<String> titleLines) {
    }

    private XlsxReader() {
    }

    static List<SheetTable> read(XSSFWorkbook wb, ImportMessages msg, List<Warning> warnings) {
        List<SheetTable> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                continue;
            }
            XSSFSheet sheet = wb.getSheetAt(s);
            SheetTable t = sheet(sheet, formatter, msg);
            if (t == null) {
                if (sheet.getPhysicalNumberOfRows() > 0) {
                    warnings.add(new Warning(msg.whereSheet(sheet.getSheetName()), msg.sheetWithoutTable()));
                }
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static SheetTable sheet(XSSFSheet sheet, DataFormatter formatter, ImportMessages msg) {
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            for (int r = a.getFirstRow(); r <= Math.min(a.getLastRow(), last); r++) {
                for (int c = a.getFirstColumn(); c <= Math.min(a.getLastColumn(), MAX_COLS); c++) {
                    merged.put(key(r, c), a);
                }
            }
        }
        int start = -1;
        for (int r = 0; r <= last && start < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int distinct = 0;
            for (Cell c : row) {
                String t = formatter.formatCellValue(c).strip();
                if (ORDINAL.matcher(t).matches()) {
                    start = r;
                    break;
                }
                CellRangeAddress a = merged.get(key(r, c.getColumnIndex()));
                if (!t.isEmpty() && (a == null || a.getFirstColumn() == c.getColumnIndex())
                        && (a == null || a.getLastColumn() - a.getFirstColumn() < 3)) {
                    distinct++;
                }
            }
            if (start < 0 && distinct >= 3) {
                start = r;
            }
        }
        if (start < 0) {
            return null;
        }
        int minCol = Integer.MAX_VALUE;
        int maxCol = -1;
        for (Cell c : sheet.getRow(start)) {
            if (!formatter.formatCellValue(c).isBlank() || merged.containsKey(key(start, c.getColumnIndex()))) {
                minCol = Math.min(minCol, c.getColumnIndex());
                maxCol = Math.max(maxCol, c.getColumnIndex());
            }
        }
        maxCol = Math.min(maxCol, MAX_COLS);
        List<String> titles = new ArrayList<>();
        for (int r = 0; r < start; r++) {
            String line = rowText(sheet.getRow(r), formatter);
            if (!line.isEmpty()) {
                titles.add(line);
            }
        }
        int end = start;
        for (int r = start; r <= last; r++) {
            Row row = sheet.getRow(r);
            String line = rowText(row, formatter);
            if (SIGNATURE.matcher(line).matches() && r > start) {
                break;
            }
            if (!line.isEmpty() || row != null && hasFormula(row)) {
                end = r;
            }
        }
        final int top = start;
        final int left = minCol;
        Grid grid = new Grid(msg.whereSheet(sheet.getSheetName()), titles,
                (r, c) -> msg.whereCell(new CellReference(top + r, left + c).formatAsString(false)));
        grid.rowOffset = top;
        grid.colOffset = left;
        Map<CellRangeAddress, Grid.Cell> shared = new HashMap<>();
        for (int r = start; r <= end; r++) {
            List<Grid.Cell> cells = new ArrayList<>();
            for (int c = minCol; c <= maxCol; c++) {
                CellRangeAddress a = merged.get(key(r, c));
                if (a != null && shared.containsKey(a)) {
                    cells.add(shared.get(a));
                    continue;
                }
                Row row = sheet.getRow(a == null ? r : a.getFirstRow());
                Cell cell = row == null ? null : row.getCell(a == null ? c : a.getFirstColumn());
                Grid.Cell g = cell(cell, formatter, sheet.getWorkbook());
                if (a != null) {
                    shared.put(a, g);
                }
                cells.add(g);
            }
            grid.addRow(cells);
        }
        return new SheetTable(grid, titles);
    }

    private static Grid.Cell cell(Cell cell, DataFormatter formatter, XSSFWorkbook wb) {
        if (cell == null) {
            return new Grid.Cell("", false, null, null, false);
        }
        boolean bold = wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
        boolean percent = cell.getCellStyle().getDataFormatString() != null
                && cell.getCellStyle().getDataFormatString().contains("%");
        if (cell.getCellType() == CellType.FORMULA) {
            Double value = cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
            return new Grid.Cell("", bold, ((XSSFCell) cell).getCellFormula(), value, percent);
        }
        Double number = cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        return new Grid.Cell(formatter.formatCellValue(cell).strip(), bold, null, number, percent);
    }

    private static String rowText(Row row, DataFormatter formatter) {
        if (row == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Cell c : row) {
            String t = c.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(c).strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(" ", parts);
    }

    private static boolean hasFormula(Row row) {
        for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
                return true;
            }
        }
        return false;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
