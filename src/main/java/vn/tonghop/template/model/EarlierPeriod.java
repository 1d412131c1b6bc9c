package vn.tonghop.template.model;

import java.util.Objects;

/**
 * A column that shows another column of the same table as the unit reported it in an earlier period (its accepted
 * report of that period): never typed, filled by the portal.
 *
 * @param column
 *            code of the typed column whose earlier value is shown
 * @param period
 *            which earlier period
 */
public record EarlierPeriod(String column, PeriodOffset period) {

    public EarlierPeriod {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(period, "period");
    }
}
