package vn.tonghop.regime;

/** How often a regime asks for its report (Decree 09/2019): its periods are months, quarters, halves or years. */
public enum Frequency {
    MONTHLY(12, 1), QUARTERLY(4, 3), HALF_YEARLY(2, 6), YEARLY(1, 12);

    private final int partsPerYear;
    private final int months;

    Frequency(int partsPerYear, int months) {
        this.partsPerYear = partsPerYear;
        this.months = months;
    }

    /** How many periods a year holds. */
    public int partsPerYear() {
        return partsPerYear;
    }

    /** How many months one period lasts. */
    public int months() {
        return months;
    }
}
