package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * A reporting period read from the label officials write: "Quý I/2017", "Q1/2017", "Tháng 4/2017", "6 tháng đầu năm
 * 2024", "Năm 2023", "9/2017" (up to September).
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile(Vocabulary.word("period.quarter.read"));
    private static final Pattern MONTH = Pattern.compile(Vocabulary.word("period.month.read"));
    private static final Pattern HALF = Pattern.compile(Vocabulary.word("period.half.read"));
    private static final Pattern YEAR = Pattern.compile(Vocabulary.word("period.year.read"));
    private static final Pattern UP_TO_MONTH = Pattern.compile("^(\\d{1,2})\\s*/\\s*(\\d{4})$");

    public static Optional<ReportingPeriod> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String text = label.trim().toLowerCase(Locale.forLanguageTag("vi"));
        Matcher m = QUARTER.matcher(text);
        if (m.find()) {
            int quarter = switch (m.group(1)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            int year = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            return Optional.of(new ReportingPeriod(start, start.plusMonths(3).minusDays(1)));
        }
        m = MONTH.matcher(text);
        if (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return Optional.of(new ReportingPeriod(month.atDay(1), month.atEndOfMonth()));
        }
        m = HALF.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            return Optional.of(Vocabulary.word("period.half.read.first").equals(m.group(1))
                    ? new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                    : new ReportingPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)));
        }
        m = YEAR.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        m = UP_TO_MONTH.matcher(text);
        if (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return Optional.of(new ReportingPeriod(LocalDate.of(month.getYear(), 1, 1), month.atEndOfMonth()));
        }
        return Optional.empty();
    }
}
