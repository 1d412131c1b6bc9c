package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import vn.tonghop.platform.time.PortalClock;

/**
 * When a period's data is cut off and its reports are due: a day of the period's last month (cut-off; deadline) or a
 * number of days after the period's end (deadline). A day the month does not have means its last day: "ngày 31" is 30/6
 * in June and 28/2 in February, as "ngày cuối tháng" is meant. Reports are due at 17:00, the end of the office day.
 */
public record DeadlineRule(Integer cutoffDay, Integer deadlineDay, Integer deadlineOffsetDays) {

    public static final LocalTime DUE_AT = LocalTime.of(17, 0);

    /** The period's cut-off day, or null when the regime sets none (the hierarchy is then read at the period's end). */
    public LocalDate cutOff(RegimePeriod period) {
        return cutoffDay == null ? null : day(period.lastMonth(), cutoffDay);
    }

    public OffsetDateTime deadline(RegimePeriod period) {
        LocalDate day = deadlineDay != null ? day(period.lastMonth(), deadlineDay)
                : period.end().plusDays(deadlineOffsetDays);
        return day.atTime(DUE_AT).atZone(PortalClock.ZONE).toOffsetDateTime();
    }

    /** The day whose unit tree a period's recipients are drawn from: its cut-off, else its end. */
    public LocalDate referenceDay(RegimePeriod period) {
        LocalDate cut = cutOff(period);
        return cut != null ? cut : period.end();
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** The fewest days a period's last month can have: February for months, June or September otherwise. */
    public static int shortestLastMonth(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 28;
            case QUARTERLY, HALF_YEARLY -> 30;
            case YEARLY -> 31;
        };
    }
}
