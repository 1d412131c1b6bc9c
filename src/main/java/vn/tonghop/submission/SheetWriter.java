package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.tonghop.submission.SheetLines.Kind;
import vn.tonghop.submission.SheetLines.Line;
import vn.tonghop.template.AnnexNote;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * Lays out one table's sheet as the official annex: title, subtitle, notes and the unit's line, grouped headers
 * repeated on every printed page, then the rows with STT and labels. Input cells are unlocked and validated, the rest
 * locked; each input row and column is added to the mapping sheet's lines.
 */
final class SheetWriter {

    private final WorkbookStyles styles;
    private final SubmissionMessages msg;
    private final WorkbookMapping.Lines mapping;

    SheetWriter(WorkbookStyles styles, SubmissionMessages msg, WorkbookMapping.Lines mapping) {
        this.styles = styles;
        this.msg = msg;
        this.mapping = mapping;
    }

    void write(XSSFSheet sheet, TableDef table, List<Line> lines, SubmissionWorkbook.Meta meta) {
        List<Column> columns = table.columns();
        int lastCol = TableDef.STUB_COLUMNS + columns.size() - 1;
        boolean free = table.rowModel() == RowModel.FREE;
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, (free ? 3 : 42) * 256);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(TableDef.STUB_COLUMNS + i, width(columns.get(i)) * 256);
        }
        int r = 0;
        r = banner(sheet, r, lastCol, SubmissionValidator.tableName(table), "title");
        if (table.subtitle() != null && !table.subtitle().isBlank()) {
            r = banner(sheet, r, lastCol, table.subtitle(), "subtitle");
        }
        String notes = AnnexNote.of(table.notes(), null, null, meta.unitName());
        if (notes != null) {
            r = banner(sheet, r, lastCol, notes, "notes");
        }
        r = banner(sheet, r, lastCol, msg.wbUnitLine(meta.unitName(), meta.periodLabel()), "info");
        r = banner(sheet, r, lastCol, msg.wbHint(), "hint");
        r++;
        int headerTop = r;
        r = header(sheet, table, r, lastCol);
        int firstData = r;

        Map<String, Integer> rowOfKey = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.INPUT && !l.key().isEmpty()) {
                rowOfKey.put(l.key(), firstData + i);
            }
        }
        Map<String, Boolean> translatable = SheetFormulas.translatableColumns(table);
        Map<Column, List<Integer>> inputRows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int rowIndex = firstData + i;
            Row row = sheet.createRow(rowIndex);
            boolean bold = line.kind() != Kind.INPUT;
            cell(row, 0, line.ordinal(), styles.style(bold ? "stt-bold" : "stt"));
            Cell label = row.createCell(1);
            label.setCellValue(line.label() == null ? "" : line.label());
            label.setCellStyle(styles.label(bold, line.depth()));
            if (line.kind() == Kind.INPUT) {
                mapping.row(sheet.getSheetName(), rowIndex + 1, line.key());
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Cell cell = row.createCell(TableDef.STUB_COLUMNS + c);
                if (column.isComputed() || (column.isEarlier() && line.kind() == Kind.INPUT)) {
                    // an earlier period's figure is the portal's, locked like a computed value
                    cell.setCellStyle(styles.number(column, line.kind() == Kind.INPUT ? "computed" : "aggregate"));
                    SheetFormulas.computed(cell, table, column, rowIndex, line, translatable);
                } else if (line.kind() == Kind.INPUT) {
                    cell.setCellStyle(styles.input(column));
                    WorkbookValues.write(cell, column, line.cells().get(column.code()));
                    inputRows.computeIfAbsent(column, k -> new ArrayList<>()).add(rowIndex);
                } else {
                    cell.setCellStyle(styles.number(column, "aggregate"));
                    SheetFormulas.rollup(cell, column, line, rowOfKey);
                }
            }
            row.setHeightInPoints(rowHeight(line.label(), free ? 3 : 42));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (!column.isComputed()) {
                mapping.column(sheet.getSheetName(), CellReference.convertNumToColString(TableDef.STUB_COLUMNS + c),
                        column.code());
            }
        }
        inputRows.forEach((column, rows) -> InputValidation.add(sheet, column, columns.indexOf(column), rows, msg));

        sheet.createFreezePane(TableDef.STUB_COLUMNS, firstData);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, firstData - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.protectSheet(SubmissionWorkbook.PASSWORD);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static int width(Column c) {
        return switch (c.type()) {
            case TEXT -> 30;
            case DATE -> 13;
            case BOOLEAN -> 10;
            default -> 14;
        };
    }

    private int banner(XSSFSheet sheet, int r, int lastCol, String text, String style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, styles.style(style));
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        }
        int chars = 42 + 6 + (lastCol - 1) * 14;
        row.setHeightInPoints(Math.max(1, (int) Math.ceil(text.length() * 1.15 / chars)) * 16f);
        return r + 1;
    }

    private int header(XSSFSheet sheet, TableDef table, int top, int lastCol) {
        List<List<HeaderCell>> rows = table.headerRows();
        CellStyle style = styles.style("header");
        float[] heights = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(top + i);
            for (int c = 0; c <= lastCol; c++) {
                row.createCell(c).setCellStyle(style);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (HeaderCell h : rows.get(i)) {
                sheet.getRow(top + i).getCell(h.firstColumn()).setCellValue(h.text() == null ? "" : h.text());
                if (h.colSpan() > 1 || h.rowSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + i, top + i + h.rowSpan() - 1, h.firstColumn(),
                            h.firstColumn() + h.colSpan() - 1));
                }
                int chars = 0;
                for (int c = h.firstColumn(); c < h.firstColumn() + h.colSpan(); c++) {
                    chars += sheet.getColumnWidth(c) / 256;
                }
                int lines = (int) Math.ceil((h.text() == null ? 1 : h.text().length()) * 1.2 / Math.max(chars, 1));
                int perRow = (int) Math.ceil((double) Math.max(lines, 1) / h.rowSpan());
                for (int k = i; k < i + h.rowSpan(); k++) {
                    heights[k] = Math.max(heights[k], perRow * 15f + 4);
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            sheet.getRow(top + i).setHeightInPoints(Math.min(heights[i], 200));
        }
        return top + rows.size();
    }

    private static float rowHeight(String label, int widthChars) {
        int len = label == null ? 0 : label.length();
        int lines = Math.max(1, (int) Math.ceil(len * 1.15 / Math.max(widthChars, 1)));
        return Math.min(lines * 15f + 3, 409f);
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }
}
