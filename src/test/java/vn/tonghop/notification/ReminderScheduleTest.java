package vn.tonghop.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which scheduled reminder a report due at 17:00 on 5 May 2017 needs at a given moment (Vietnam time). */
class ReminderScheduleTest {

    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2017-05-05T17:00:00+07:00");

    @ParameterizedTest(name = "{0} with {1} days ahead: {2}")
    @CsvSource({ "2017-05-02T23:59, 2, NONE", "2017-05-03T00:00, 2, REMINDER_BEFORE",
            "2017-05-04T18:00, 2, REMINDER_BEFORE", "2017-05-04T18:00, 0, NONE", "2017-04-28T08:00, 7, REMINDER_BEFORE",
            "2017-05-05T00:00, 2, REMINDER_DUE", "2017-05-05T17:00, 2, REMINDER_DUE",
            "2017-05-05T17:01, 2, REMINDER_OVERDUE", "2017-06-04T17:00, 2, REMINDER_OVERDUE",
            "2017-06-04T17:01, 2, NONE" })
    void kindDue(String localTime, int reminderDays, String expected) {
        OffsetDateTime now = OffsetDateTime.parse(localTime + ":00+07:00");
        Optional<NotificationKind> kind = ReminderService.kindDue(DEADLINE, reminderDays, now, Duration.ofDays(30));
        assertEquals(expected, kind.map(Enum::name).orElse("NONE"));
    }

    /** A deadline of 03:00 on 5 May in Vietnam is still 4 May in UTC: days are counted on the Vietnamese calendar. */
    @ParameterizedTest(name = "at {0}, {1} days ahead: {2}")
    @CsvSource({ "2017-05-05T01:00:00+07:00, 2, REMINDER_DUE", "2017-05-04T06:00:00+07:00, 1, REMINDER_BEFORE",
            "2017-05-04T06:00:00+07:00, 0, NONE" })
    void daysAreCountedInVietnam(String now, int reminderDays, String expected) {
        OffsetDateTime deadline = OffsetDateTime.parse("2017-05-04T20:00:00Z");
        Optional<NotificationKind> kind = ReminderService.kindDue(deadline, reminderDays, OffsetDateTime.parse(now),
                Duration.ofDays(30));
        assertEquals(expected, kind.map(Enum::name).orElse("NONE"));
    }
}
