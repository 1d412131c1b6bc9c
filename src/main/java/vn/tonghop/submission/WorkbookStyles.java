package vn.tonghop.submission;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;

/**
 * The cell styles of one workbook, each created once (a workbook holds a bounded number of styles): Times New Roman as
 * in official annexes, input cells unlocked on a light yellow fill, computed ones grey, totals bold.
 */
final class WorkbookStyles {

    private final XSSFWorkbook wb;
    private final Map<String, CellStyle> styles = new HashMap<>();

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** A named style: title, subtitle, notes, info, hint, header, stt, stt-bold, or a bordered cell. */
    CellStyle style(String key) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            switch (k) {
                case "title" -> {
                    font.setBold(true);
                    font.setFontHeightInPoints((short) 14);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "subtitle" -> {
                    font.setBold(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "notes" -> {
                    font.setItalic(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "info" -> font.setItalic(true);
                case "hint" -> {
                    font.setItalic(true);
                    font.setFontHeightInPoints((short) 10);
                    font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                }
                case "header" -> {
                    font.setBold(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    border(s);
                }
                case "stt", "stt-bold" -> {
                    font.setBold(k.equals("stt-bold"));
                    s.setAlignment(HorizontalAlignment.CENTER);
                    border(s);
                }
                default -> border(s);
            }
            s.setFont(font);
            return s;
        });
    }

    CellStyle label(boolean bold, int depth) {
        String key = "label-" + bold + "-" + depth;
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            s.setFont(font);
            s.setIndention((short) Math.min(depth * 2, 15));
            return s;
        });
    }

    CellStyle input(Column column) {
        String key = "input-" + column.type() + "-" + column.effectiveScale();
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setLocked(false);
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setDataFormat(wb.createDataFormat().getFormat(format(column)));
            if (column.type() == ColumnType.BOOLEAN || column.type() == ColumnType.DATE) {
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            return s;
        });
    }

    /** {@code kind} "computed" (a row's own figure, grey) or "aggregate" (a heading or total, bold). */
    CellStyle number(Column column, String kind) {
        String key = kind + "-" + column.type() + "-" + column.effectiveScale();
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            if (kind.equals("aggregate")) {
                Font font = wb.createFont();
                font.setFontName("Times New Roman");
                font.setFontHeightInPoints((short) 12);
                font.setBold(true);
                s.setFont(font);
            } else {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            s.setDataFormat(wb.createDataFormat().getFormat(format(column)));
            return s;
        });
    }

    private static String format(Column column) {
        return switch (column.type()) {
            case INTEGER -> "#,##0";
            case DECIMAL, PERCENT ->
                    column.effectiveScale() == 0 ? "#,##0" : "#,##0." + "0".repeat(column.effectiveScale());
            case DATE -> "dd/mm/yyyy";
            case TEXT -> "@";
            case BOOLEAN -> "General";
        };
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
