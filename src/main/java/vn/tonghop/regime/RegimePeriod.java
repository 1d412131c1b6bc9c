package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * One period of a regime: a month ("2027-01"), a quarter ("2027-Q1"), a half ("2027-H1") or a year ("2027"). The code
 * is what the API and the database keep; the label is what officials write ("Tháng 01/2027", "Quý I/2027", "6 tháng đầu
 * năm 2027", "Năm 2027").
 */
public record RegimePeriod(Frequency frequency, int year, int part) implements Comparable<RegimePeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    public RegimePeriod {
        if (part < 1 || part > frequency.partsPerYear()) {
            throw new IllegalArgumentException("part " + part + " of a " + frequency + " year");
        }
    }

    /** The period a code names, if it is written for this frequency ("2027-Q1" is no month). */
    public static Optional<RegimePeriod> parse(Frequency frequency, String code) {
        if (frequency == null || code == null) {
            return Optional.empty();
        }
        String text = code.trim().toUpperCase();
        Pattern pattern = switch (frequency) {
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case HALF_YEARLY -> HALF;
            case YEARLY -> YEAR;
        };
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int part = frequency == Frequency.YEARLY ? 1 : Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2100 || part < 1 || part > frequency.partsPerYear()) {
            return Optional.empty();
        }
        return Optional.of(new RegimePeriod(frequency, year, part));
    }

    /** The period that holds a day. */
    public static RegimePeriod containing(Frequency frequency, LocalDate day) {
        return new RegimePeriod(frequency, day.getYear(), (day.getMonthValue() - 1) / frequency.months() + 1);
    }

    public String code() {
        return switch (frequency) {
            case MONTHLY -> String.format("%d-%02d", year, part);
            case QUARTERLY -> year + "-Q" + part;
            case HALF_YEARLY -> year + "-H" + part;
            case YEARLY -> String.valueOf(year);
        };
    }

    /**
     * The label of letters and reports; {@link vn.tonghop.campaign.ReportingPeriod#parse} reads it to the same dates.
     */
    public String label() {
        return switch (frequency) {
            case MONTHLY -> Vocabulary.format("period.month", String.format("%02d", part), year);
            case QUARTERLY -> Vocabulary.format("period.quarter", ROMAN[part - 1], year);
            case HALF_YEARLY -> part == 1 ? Vocabulary.format("period.half.first", year)
                    : Vocabulary.format("period.half.second", year);
            case YEARLY -> Vocabulary.format("period.year", year);
        };
    }

    public RegimePeriod next() {
        return part == frequency.partsPerYear() ? new RegimePeriod(frequency, year + 1, 1)
                : new RegimePeriod(frequency, year, part + 1);
    }

    public RegimePeriod previous() {
        return part == 1 ? new RegimePeriod(frequency, year - 1, frequency.partsPerYear())
                : new RegimePeriod(frequency, year, part - 1);
    }

    /** The same period a year before (for a yearly regime, the year before). */
    public RegimePeriod sameLastYear() {
        return new RegimePeriod(frequency, year - 1, part);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (part - 1) * frequency.months() + 1);
    }

    /** The period's last month: the month a cut-off day or a deadline day falls in. */
    public YearMonth lastMonth() {
        return firstMonth().plusMonths(frequency.months() - 1L);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    @Override
    public int compareTo(RegimePeriod other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return code();
    }
}
