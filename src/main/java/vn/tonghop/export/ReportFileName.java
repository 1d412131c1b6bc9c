package vn.tonghop.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tonghop.platform.i18n.DocumentWording;

/**
 * The file name of a report from its number and symbol, its unit and its period, as an office files it: "120/BC-UBND"
 * of Bỉm Sơn for quý I/2017 → {@code BC-120-UBND-Bỉm-Sơn-Q1-2017.docx} (the download's ASCII name,
 * {@link Downloads#disposition}, reads {@code BC-120-UBND-Bim-Son-Q1-2017.docx}).
 */
public final class ReportFileName {

    private ReportFileName() {
    }

    /**
     * @param reportNumber
     *            "120/BC-UBND", or null while the report has none ("Bao-cao-tong-hop" then opens the name)
     * @param place
     *            the unit's short name, "Bỉm Sơn"
     * @param periodStart
     *            first day of the reporting period, may be null
     * @param periodEnd
     *            last day, may be null
     * @param periodLabel
     *            "Quý I/2017", used when the days do not make a month, a quarter or a year
     * @param extension
     *            "docx", without the dot
     */
    public static String of(String reportNumber, String place, LocalDate periodStart, LocalDate periodEnd,
            String periodLabel, String extension) {
        List<String> parts = new ArrayList<>();
        parts.add(number(reportNumber));
        if (place != null && !place.isBlank()) {
            parts.add(place.strip());
        }
        String period = period(periodStart, periodEnd, periodLabel);
        if (!period.isBlank()) {
            parts.add(period);
        }
        String name = String.join(" ", parts).replaceAll("[\\s/\\\\:*?\"<>|]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return name + "." + extension;
    }

    /** "120/BC-UBND" → "BC-120-UBND"; "675/UBND-VP" → "675-UBND-VP"; none → "Báo cáo tổng hợp". */
    static String number(String reportNumber) {
        if (reportNumber == null || reportNumber.isBlank()) {
            return DocumentWording.text("report.fileName.unnumbered");
        }
        String n = reportNumber.strip();
        int slash = n.indexOf('/');
        if (slash < 0) {
            return n;
        }
        String number = n.substring(0, slash).strip();
        String symbol = n.substring(slash + 1).strip();
        if (symbol.regionMatches(true, 0, "BC-", 0, 3)) {
            return "BC-" + number + "-" + symbol.substring(3);
        }
        return number + "-" + symbol;
    }

    /** "Q1-2017", "T4-2017", "2017", else the label as written. */
    static String period(LocalDate start, LocalDate end, String label) {
        if (start != null && end != null && start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
            if (months == 1) {
                return "T" + start.getMonthValue() + "-" + start.getYear();
            }
            if (months == 3 && (start.getMonthValue() - 1) % 3 == 0) {
                return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + "-" + start.getYear();
            }
            if (months == 12 && start.getMonthValue() == 1) {
                return String.valueOf(start.getYear());
            }
        }
        return label == null ? "" : label.strip();
    }
}
