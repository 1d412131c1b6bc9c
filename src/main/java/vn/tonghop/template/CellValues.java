package vn.tonghop.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;

/** Converts cell values to the canonical Java type of their column: BigDecimal, String, LocalDate, Boolean. */
public final class CellValues {

    /** Marks a value that cannot be read as its column's type; formulas see it as empty. */
    public record Invalid(Object raw) {
    }

    private CellValues() {
    }

    /** Null for empty input; {@link Invalid} for unreadable input. */
    public static Object normalize(Column column, Object value) {
        if (value == null || value instanceof Invalid) {
            return value;
        }
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        return switch (column.type()) {
            case INTEGER, DECIMAL, PERCENT -> toDecimal(value);
            case TEXT -> value.toString();
            case BOOLEAN -> toBoolean(value);
            case DATE -> toDate(value);
        };
    }

    /** BigDecimal for any Number or numeric string; {@link Invalid} otherwise. */
    public static Object toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : new Invalid(value);
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return new Invalid(value);
            }
        }
        return new Invalid(value);
    }

    private static Object toBoolean(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        String s = value.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals(Vocabulary.word("cell.yes"))) {
            return Boolean.TRUE;
        }
        if (s.equals("false") || s.equals(Vocabulary.word("cell.no"))) {
            return Boolean.FALSE;
        }
        return new Invalid(value);
    }

    private static Object toDate(Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            return new Invalid(value);
        }
    }

    /** A formula result as stored in the column: numbers rounded to the column's scale, half up. */
    static Object fromResult(Column column, Object result) {
        if (result == null) {
            return null;
        }
        ColumnType type = column.type();
        if (type.isNumeric()) {
            if (!(result instanceof Number)) {
                return null;
            }
            Object d = toDecimal(result);
            return d instanceof BigDecimal bd ? bd.setScale(column.effectiveScale(), RoundingMode.HALF_UP) : null;
        }
        Object v = normalize(column, result);
        return v instanceof Invalid ? null : v;
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof Invalid || (value instanceof String s && s.isBlank());
    }
}
