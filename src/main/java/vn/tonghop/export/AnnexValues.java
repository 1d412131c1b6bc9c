package vn.tonghop.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.time.PortalClock;

/**
 * Turns annex cell values into text: the Vietnamese way for print (1.315 and 12,5; dd/MM/yyyy; Có/Không) or plain for
 * CSV (1315 and 12.5). Not thread-safe: each writer makes its own.
 */
public final class AnnexValues {

    public static final String YES = DocumentWording.text("annex.yes");
    public static final String NO = DocumentWording.text("annex.no");

    private final Map<Integer, DecimalFormat> formats = new HashMap<>();

    /** The value as printed in a Vietnamese document; blank for null. */
    public String print(Object value, ColumnSpec column) {
        if (value == null) {
            return "";
        }
        BigDecimal number = number(value);
        if (number != null) {
            int scale = Math.max(0, column == null ? 2 : column.scale());
            boolean fixed = column != null && column.fixedScale();
            return formats.computeIfAbsent(fixed ? -1 - scale : scale, k -> vietnamese(scale, fixed))
                    .format(number.setScale(scale, RoundingMode.HALF_UP));
        }
        return text(value);
    }

    /** The value for a machine-readable file: numbers with '.' as the decimal point and no grouping. */
    public String plain(Object value, ColumnSpec column) {
        if (value == null) {
            return "";
        }
        BigDecimal number = number(value);
        if (number != null) {
            int scale = Math.max(0, column == null ? 2 : column.scale());
            BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP);
            return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
        }
        return text(value);
    }

    /**
     * Decimals a number needs in a cell: its own (trailing zeros dropped) up to the column's, or exactly the column's.
     */
    public static int cellScale(BigDecimal number, ColumnSpec column) {
        int scale = Math.max(0, column.scale());
        if (column.fixedScale()) {
            return scale;
        }
        BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return Math.max(0, Math.min(scale, rounded.scale()));
    }

    /** Numbers of any Java type as BigDecimal; null for other values. */
    public static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof LocalDate date) {
            return date.format(PortalClock.DATE);
        }
        if (value instanceof Boolean b) {
            return b ? YES : NO;
        }
        return value.toString();
    }

    /** Numbers printed with the template's decimals, as many as the number needs up to them, or exactly them. */
    private static DecimalFormat vietnamese(int scale, boolean fixed) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + (fixed ? "0" : "#").repeat(scale),
                symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
