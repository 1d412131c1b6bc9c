package vn.tonghop.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.submission.SheetCells.ErrorValue;
import vn.tonghop.submission.SheetCells.NoCachedValue;
import vn.tonghop.submission.SheetCells.Raw;
import vn.tonghop.submission.WorkbookReader.Problem;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;

/**
 * The portal's typed values in Excel cells, both ways: {@link #write} puts a stored value into an input cell; an
 * instance, made with the uploaded workbook's strings and styles, converts a cell's cached value back to its column's
 * type, leniently (dates as typed by hand, "Có"/"x" for yes, 80% as 80).
 */
record WorkbookValues(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {

    static final String YES = Vocabulary.word("cell.yes.shown");
    static final String NO = Vocabulary.word("cell.no.shown");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** An input cell's value as stored; a value that is not of the column's type is written as text. */
    static void write(Cell cell, Column column, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return;
        }
        switch (column.type()) {
            case INTEGER, DECIMAL, PERCENT -> {
                Object d = vn.tonghop.template.CellValues.toDecimal(value);
                if (d instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
            case DATE -> {
                LocalDate date = storedDate(value);
                if (date != null) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
            case BOOLEAN ->
                    cell.setCellValue(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) ? YES : NO);
            case TEXT -> cell.setCellValue(String.valueOf(value));
        }
    }

    private static LocalDate storedDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Object convert(Raw raw, Column column, String sheet, String ref, SubmissionMessages msg, List<Problem> problems,
            String table, String row) {
        if (raw == null) {
            return null;
        }
        Object v;
        try {
            v = raw.value(strings);
        } catch (RuntimeException e) {
            v = "";
        }
        if (v instanceof ErrorValue e) {
            problems.add(new Problem(table, row, column.code(), msg.wbCellError(sheet, ref, e.code())));
            return null;
        }
        if (v instanceof NoCachedValue) {
            problems.add(new Problem(table, row, column.code(), msg.wbNoCachedValue(sheet, ref)));
            return null;
        }
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        Object out = switch (column.type()) {
            case INTEGER, DECIMAL, PERCENT -> number(v, column, raw);
            case DATE -> date(v);
            case BOOLEAN -> bool(v);
            case TEXT -> v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : v instanceof Boolean b ? (b ? YES : NO) : v.toString();
        };
        if (out == null) {
            String shown = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
            problems.add(new Problem(table, row, column.code(), msg.wbNotType(sheet, ref,
                    shown.length() > 60 ? shown.substring(0, 60) + "…" : shown, msg.typeName(column.type()))));
        }
        return out;
    }

    private Object number(Object v, Column column, Raw raw) {
        BigDecimal d;
        if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof String s) {
            try {
                d = new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        // Typing "80%" in Excel stores 0.8 with a percent format; the portal keeps percentages as 0..100.
        if (column.type() == ColumnType.PERCENT && raw.style() != null && isPercentFormat(raw.style())) {
            d = d.movePointRight(2);
        }
        // Writers store 12 as "12.0"; keep the number as typed.
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private boolean isPercentFormat(String style) {
        try {
            String format = styles.getStyleAt(Integer.parseInt(style)).getDataFormatString();
            return format != null && format.contains("%");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Object date(Object v) {
        if (v instanceof BigDecimal d) {
            double serial = d.doubleValue();
            if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
                return null;
            }
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString();
        }
        if (v instanceof String s) {
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(s.strip(), f).toString();
                } catch (DateTimeParseException e) {
                    // try the next spelling
                }
            }
        }
        return null;
    }

    private static Object bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(Locale.forLanguageTag("vi"));
        if (s.equals(Vocabulary.word("cell.yes"))) {
            return Boolean.TRUE;
        }
        if (s.equals(Vocabulary.word("cell.no"))) {
            return Boolean.FALSE;
        }
        return switch (s) {
            case "co", "x", "true", "yes", "1" -> Boolean.TRUE;
            case "khong", "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
