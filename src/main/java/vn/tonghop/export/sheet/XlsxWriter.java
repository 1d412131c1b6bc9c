package vn.tonghop.export.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tonghop.export.AnnexValues;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.HeaderCell;

/**
 * Writes annex tables as XLSX, one sheet each: a title block (a report's annexes: "PHỤ LỤC II", the title, the "(Kèm
 * theo …)" line), the grouped header with merged regions (frozen, repeated when printed), then the rows, group and
 * total rows in bold, text wrapped in rows made tall enough for it, printed landscape on A4, fit to the page's width.
 * Numbers are numeric cells formatted by their scale, dates are date cells shown dd/MM/yyyy, yes/no reads "Có"/"Không".
 * Streams rows (SXSSF), so large tables stay cheap.
 */
public final class XlsxWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Characters of 12-point Times New Roman that one unit of column width holds, about. */
    private static final double CHARS_PER_WIDTH = 1.1;
    private static final float LINE_POINTS = 15.75f;
    private static final int MAX_SHEET_NAME = 31;
    private static final Locale VI = Locale.forLanguageTag("vi");

    public byte[] write(List<AnnexTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(tables, out);
        return out.toByteArray();
    }

    public void write(List<AnnexTable> tables, OutputStream out) {
        writeAll(tables.stream().map(t -> new Annex(t.title() == null ? t.code() : t.title(), null, null, t)).toList(),
                out);
    }

    /**
     * The annexes of a report, each sheet opening with its title block as the printed annex has it: "PHỤ LỤC II", the
     * annex title, the "(Kèm theo Báo cáo số …)" line.
     */
    public byte[] writeAnnexes(List<Annex> annexes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAll(annexes, out);
        return out.toByteArray();
    }

    private void writeAll(List<Annex> annexes, OutputStream out) {
        // closing a streaming workbook also deletes its temporary files (POI 5)
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            for (Annex annex : annexes) {
                sheet(wb.createSheet(sheetName(annex.table(), names)), annex, styles);
            }
            if (annexes.isEmpty()) {
                wb.createSheet(DocumentWording.text("annex.sheet.empty"));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the title (else the code), without the characters Excel refuses, at most 31 characters, unique. */
    public static String sheetName(AnnexTable table, Set<String> taken) {
        String base = table.title() != null && !table.title().isBlank() ? table.title() : table.code();
        base = base == null || base.isBlank() ? DocumentWording.text("annex.sheet.untitled") : base;
        base = WorkbookUtil
                .createSafeSheetName(base.replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("\\s+", " ").trim());
        if (base.startsWith("'")) {
            base = base.substring(1);
        }
        base = truncate(base, MAX_SHEET_NAME).trim();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(VI)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_SHEET_NAME - suffix.length()).trim() + suffix;
        }
        taken.add(name.toLowerCase(VI));
        return name;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private void sheet(Sheet sheet, Annex annex, Styles styles) {
        AnnexTable table = annex.table();
        List<ColumnSpec> columns = table.columns();
        int width = columns.size() + 2;
        AnnexValues values = new AnnexValues();

        int[] widths = widths(table);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int all = Arrays.stream(widths).sum();

        int titleRow = 0;
        for (String[] line : titleLines(annex)) {
            Row row = sheet.createRow(titleRow);
            Cell cell = row.createCell(0);
            cell.setCellValue(line[1]);
            cell.setCellStyle(line[0].equals("note") ? styles.note : styles.title);
            row.setHeightInPoints(lines(line[1], all) * 18f + 4);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(titleRow, titleRow, 0, width - 1));
            }
            titleRow++;
        }
        // one blank row between the title block and the header
        int headerStart = titleRow + 1;

        List<List<HeaderCell>> header = table.headerRows();
        for (int r = 0; r < header.size(); r++) {
            Row row = sheet.createRow(headerStart + r);
            for (int c = 0; c < width; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
            int lines = 1;
            for (HeaderCell h : header.get(r)) {
                row.getCell(h.firstColumn()).setCellValue(h.text());
                int first = h.firstColumn();
                int last = Math.min(width - 1, first + h.colSpan() - 1);
                int bottom = headerStart + r + h.rowSpan() - 1;
                if (last > first || h.rowSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(headerStart + r, bottom, first, last));
                }
                if (h.rowSpan() == 1) {
                    int chars = 0;
                    for (int c = first; c <= last; c++) {
                        chars += widths[c];
                    }
                    lines = Math.max(lines, (int) Math.ceil((h.text() == null ? 0 : h.text().length()) * 1.1 / chars));
                }
            }
            row.setHeightInPoints(Math.min(6, lines) * 15f + 4);
        }
        int headerEnd = headerStart + header.size();

        int r = headerEnd;
        for (AnnexRow data : table.rows()) {
            Row row = sheet.createRow(r++);
            boolean bold = data.isBold();
            Cell stt = row.createCell(0);
            stt.setCellValue(data.ordinal() == null ? "" : data.ordinal());
            stt.setCellStyle(styles.get(Kind.CENTRE, bold, 0, 0));
            Cell label = row.createCell(1);
            String labelText = label(data);
            label.setCellValue(labelText);
            label.setCellStyle(styles.get(Kind.TEXT, bold, 0, Math.min(data.depth(), 10)));
            int lines = lines(labelText, widths[1] - Math.min(data.depth(), 10));
            for (int i = 0; i < columns.size(); i++) {
                ColumnSpec column = columns.get(i);
                Object value = i < data.values().size() ? data.values().get(i) : null;
                Cell cell = row.createCell(i + 2);
                value(cell, value, column, bold, styles, values);
                if (cell.getCellType() == CellType.STRING) {
                    lines = Math.max(lines, lines(cell.getStringCellValue(), widths[i + 2]));
                }
            }
            if (lines > 1) {
                // wrapped text: Excel does not grow a row written by a program, so the height is set here
                row.setHeightInPoints(Math.min(lines, 12) * LINE_POINTS + 2);
            }
        }

        if (table.footnote() != null && !table.footnote().isBlank()) {
            Row note = sheet.createRow(r + 1);
            Cell cell = note.createCell(0);
            cell.setCellValue(table.footnote().trim());
            cell.setCellStyle(styles.footnote);
            note.setHeightInPoints(lines(table.footnote().trim(), all) * LINE_POINTS + 2);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, width - 1));
            }
        }

        sheet.createFreezePane(2, headerEnd);
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerEnd - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** The title block: the heading, the annex title and the "(Kèm theo …)" note, each when there is one. */
    private static List<String[]> titleLines(Annex annex) {
        List<String[]> out = new ArrayList<>();
        for (String[] line : new String[][] { { "title", annex.heading() }, { "title", annex.title() },
                { "note", annex.note() } }) {
            if (line[1] != null && !line[1].isBlank()) {
                out.add(new String[] { line[0], line[1].strip() });
            }
        }
        if (out.isEmpty()) {
            out.add(new String[] { "title", annex.table().code() });
        }
        return out;
    }

    /** Lines a text takes in a column of this width once wrapped (explicit line breaks count too). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double chars = Math.max(1, width * CHARS_PER_WIDTH);
        int n = 0;
        for (String part : text.split("\n", -1)) {
            n += Math.max(1, (int) Math.ceil(part.length() / chars));
        }
        return n;
    }

    private static String label(AnnexRow row) {
        String label = row.label() == null ? "" : row.label();
        if (row.note() == null || row.note().isBlank()) {
            return label;
        }
        return label.isBlank() ? "(" + row.note().trim() + ")" : label + " (" + row.note().trim() + ")";
    }

    private static void value(Cell cell, Object value, ColumnSpec column, boolean bold, Styles styles,
            AnnexValues values) {
        ColumnType type = column.type();
        BigDecimal number = AnnexValues.number(value);
        if (number != null) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.get(Kind.NUMBER, bold, AnnexValues.cellScale(number, column), 0));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.get(Kind.DATE, bold, 0, 0));
        } else if (value == null) {
            Kind kind = type != null && type.isNumeric() ? Kind.NUMBER : Kind.TEXT;
            cell.setCellStyle(styles.get(kind, bold, Math.max(0, column.scale()), 0));
        } else {
            cell.setCellValue(values.print(value, column));
            cell.setCellStyle(styles.get(value instanceof Boolean ? Kind.CENTRE : Kind.TEXT, bold, 0, 0));
        }
    }

    /** Column widths in characters: from header and label lengths, bounded, never by measuring every cell. */
    static int[] widths(AnnexTable table) {
        List<ColumnSpec> columns = table.columns();
        int[] widths = new int[columns.size() + 2];
        widths[0] = 6;
        int label = 24;
        int seen = 0;
        for (AnnexRow row : table.rows()) {
            if (row.label() != null) {
                label = Math.max(label, row.label().length() + 2 + row.depth() * 2);
            }
            if (++seen >= 2000) {
                break;
            }
        }
        widths[1] = Math.min(60, label);
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            widths[i + 2] = type == ColumnType.TEXT ? 24 : type == ColumnType.DATE ? 12 : 14;
        }
        return widths;
    }

    private enum Kind {
        TEXT, NUMBER, DATE, CENTRE
    }

    /** Cell styles made once per workbook and shared: a workbook allows only some 64,000. */
    private static final class Styles {
        private final SXSSFWorkbook wb;
        private final Font plain;
        private final Font bold;
        final CellStyle title;
        final CellStyle header;
        final CellStyle footnote;
        final CellStyle note;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            plain = font(false, 12);
            bold = font(true, 12);
            title = wb.createCellStyle();
            title.setFont(font(true, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            footnote = wb.createCellStyle();
            Font italic = font(false, 12);
            italic.setItalic(true);
            footnote.setFont(italic);
            footnote.setWrapText(true);
            footnote.setVerticalAlignment(VerticalAlignment.TOP);
            note = wb.createCellStyle();
            note.setFont(italic);
            note.setAlignment(HorizontalAlignment.CENTER);
            note.setVerticalAlignment(VerticalAlignment.CENTER);
            note.setWrapText(true);
        }

        private Font font(boolean isBold, int size) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) size);
            f.setBold(isBold);
            return f;
        }

        private CellStyle bordered() {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        CellStyle get(Kind kind, boolean isBold, int scale, int indent) {
            return cache.computeIfAbsent(kind + "/" + isBold + "/" + scale + "/" + indent, k -> {
                CellStyle s = bordered();
                s.setFont(isBold ? bold : plain);
                switch (kind) {
                    case NUMBER -> {
                        s.setAlignment(HorizontalAlignment.RIGHT);
                        s.setDataFormat(
                                wb.createDataFormat().getFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale)));
                    }
                    case DATE -> {
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
                    }
                    case CENTRE -> s.setAlignment(HorizontalAlignment.CENTER);
                    case TEXT -> {
                        s.setAlignment(HorizontalAlignment.LEFT);
                        s.setWrapText(true);
                        if (indent > 0) {
                            s.setIndention((short) indent);
                        }
                    }
                }
                return s;
            });
        }
    }
}
