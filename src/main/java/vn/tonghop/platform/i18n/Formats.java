package vn.tonghop.platform.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import vn.tonghop.platform.time.PortalClock;

/** Vietnamese formats for templates: dd/MM/yyyy, times in Asia/Ho_Chi_Minh, numbers as 1.315,5. */
@TemplateExtension
public class Formats {

    /** A value as a URL query parameter ("Ba Đình" → "Ba+%C4%90%C3%ACnh"). */
    public static String urlParam(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String vn(LocalDate date) {
        return date == null ? "" : date.format(PortalClock.DATE);
    }

    public static String vn(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME);
    }

    /** Value for an HTML datetime-local input, in Vietnam time. */
    public static String inputValue(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(PortalClock.ZONE).toLocalDateTime().toString();
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    /**
     * A table cell as officials read it: numbers 1.315,5, dates dd/MM/yyyy, yes/no in the page's language (Có/Không),
     * blank for none.
     */
    public static String cell(java.util.Map<String, Object> cells, String code,
            @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Object value = cells == null ? null : cells.get(code);
        if (value instanceof Boolean b) {
            AppMessages msg = Messages.forLocale(locale instanceof Locale l ? l
                    : locale == null ? Messages.VIETNAMESE : Locale.forLanguageTag(locale.toString()));
            return b ? msg.yes() : msg.no();
        }
        return cellValue(value);
    }

    /** {@link #cell} for one value; yes/no as true/false (callers that show them word them). */
    public static String cellValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof Number n) {
            return number(new BigDecimal(n.toString()));
        }
        if (value instanceof LocalDate d) {
            return vn(d);
        }
        return value.toString();
    }

    public static int percentOf(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 100f / whole);
    }
}
