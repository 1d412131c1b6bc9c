package vn.tonghop.campaign;

import java.time.LocalDate;
import java.util.Optional;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * The editor's way of naming a period: a quarter, month, half or whole year of a year, written the way letters write it
 * ("Quý I/2017", "Tháng 4/2017", "6 tháng đầu năm 2017", "Năm 2017"), or a free label with its own dates.
 */
public record PeriodChoice(Kind kind, int year, int part) {

    public enum Kind {
        QUARTER, MONTH, HALF, YEAR, CUSTOM
    }

    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    /** The label officials write; {@link ReportingPeriod#parse} reads it back to the same dates. */
    public String label() {
        return switch (kind) {
            case QUARTER -> Vocabulary.format("period.quarter", ROMAN[part - 1], year);
            case MONTH -> Vocabulary.format("period.month", part, year);
            case HALF -> part == 1 ? Vocabulary.format("period.half.first", year)
                    : Vocabulary.format("period.half.second", year);
            case YEAR -> Vocabulary.format("period.year", year);
            case CUSTOM -> throw new IllegalStateException("a custom period has its own label");
        };
    }

    /** Whether a part (quarter 1–4, month 1–12, half 1–2) fits the kind. */
    public static boolean validPart(Kind kind, int part) {
        return switch (kind) {
            case QUARTER -> part >= 1 && part <= 4;
            case MONTH -> part >= 1 && part <= 12;
            case HALF -> part == 1 || part == 2;
            default -> true;
        };
    }

    /** The choice a stored period was made from, when its label is one the editor writes; empty for custom ones. */
    public static Optional<PeriodChoice> of(String label, LocalDate start, LocalDate end) {
        if (label == null || start == null || end == null) {
            return Optional.empty();
        }
        int year = start.getYear();
        PeriodChoice[] candidates = { new PeriodChoice(Kind.QUARTER, year, (start.getMonthValue() - 1) / 3 + 1),
                new PeriodChoice(Kind.MONTH, year, start.getMonthValue()),
                new PeriodChoice(Kind.HALF, year, start.getMonthValue() <= 6 ? 1 : 2),
                new PeriodChoice(Kind.YEAR, year, 0) };
        for (PeriodChoice c : candidates) {
            if (c.label().equalsIgnoreCase(label.trim())
                    && ReportingPeriod.parse(c.label()).equals(Optional.of(new ReportingPeriod(start, end)))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The last quarter that has ended by this day: what a periodic report usually covers. */
    public static PeriodChoice lastQuarter(LocalDate today) {
        LocalDate inLastQuarter = today.minusMonths(3);
        return new PeriodChoice(Kind.QUARTER, inLastQuarter.getYear(), (inLastQuarter.getMonthValue() - 1) / 3 + 1);
    }
}
