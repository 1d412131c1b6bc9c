package vn.tonghop.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.tonghop.campaign.ReportingPeriod;

/** Periods read from their codes, labelled as officials write them, and the cut-off and deadline rules. */
class RegimePeriodTest {

    static RegimePeriod period(Frequency f, String code) {
        return RegimePeriod.parse(f, code).orElseThrow();
    }

    @Test
    void codesReadToPeriodsWithVietnameseLabelsAndDates() {
        RegimePeriod q1 = period(Frequency.QUARTERLY, "2027-Q1");
        assertEquals("Quý I/2027", q1.label());
        assertEquals(LocalDate.of(2027, 1, 1), q1.start());
        assertEquals(LocalDate.of(2027, 3, 31), q1.end());
        assertEquals("2027-Q2", q1.next().code());
        assertEquals("2028-Q1", period(Frequency.QUARTERLY, "2027-Q4").next().code());
        assertEquals("Quý IV/2027", period(Frequency.QUARTERLY, "2027-q4").label());

        RegimePeriod jan = period(Frequency.MONTHLY, "2027-01");
        assertEquals("Tháng 01/2027", jan.label());
        assertEquals(LocalDate.of(2027, 1, 31), jan.end());
        assertEquals("2028-01", period(Frequency.MONTHLY, "2027-12").next().code());
        assertEquals(LocalDate.of(2028, 2, 29), period(Frequency.MONTHLY, "2028-02").end());

        RegimePeriod h1 = period(Frequency.HALF_YEARLY, "2027-H1");
        assertEquals("6 tháng đầu năm 2027", h1.label());
        assertEquals("6 tháng cuối năm 2027", h1.next().label());
        assertEquals(LocalDate.of(2027, 12, 31), h1.next().end());

        RegimePeriod y = period(Frequency.YEARLY, "2027");
        assertEquals("Năm 2027", y.label());
        assertEquals("2028", y.next().code());

        // the campaign reads the label back to the same dates
        for (RegimePeriod p : new RegimePeriod[] { q1, jan, h1, h1.next(), y }) {
            assertEquals(Optional.of(new ReportingPeriod(p.start(), p.end())), ReportingPeriod.parse(p.label()),
                    p.label());
        }
    }

    @Test
    void aCodeOfAnotherFrequencyOrOutOfRangeIsNotAPeriod() {
        assertTrue(RegimePeriod.parse(Frequency.MONTHLY, "2027-Q1").isEmpty());
        assertTrue(RegimePeriod.parse(Frequency.QUARTERLY, "2027-Q5").isEmpty());
        assertTrue(RegimePeriod.parse(Frequency.MONTHLY, "2027-13").isEmpty());
        assertTrue(RegimePeriod.parse(Frequency.HALF_YEARLY, "2027-H3").isEmpty());
        assertTrue(RegimePeriod.parse(Frequency.YEARLY, "27").isEmpty());
        assertTrue(RegimePeriod.parse(Frequency.YEARLY, null).isEmpty());
        assertEquals("2027-Q3", RegimePeriod.containing(Frequency.QUARTERLY, LocalDate.of(2027, 8, 15)).code());
        assertEquals("2027-H2", RegimePeriod.containing(Frequency.HALF_YEARLY, LocalDate.of(2027, 7, 1)).code());
    }

    @Test
    void daysOfTheLastMonthAndDaysAfterTheEndWithTheMonthsEndForADayItLacks() {
        DeadlineRule days = new DeadlineRule(14, 18, null);
        RegimePeriod q1 = period(Frequency.QUARTERLY, "2027-Q1");
        assertEquals(LocalDate.of(2027, 3, 14), days.cutOff(q1));
        assertEquals(OffsetDateTime.parse("2027-03-18T17:00:00+07:00"), days.deadline(q1));
        assertEquals(LocalDate.of(2027, 3, 14), days.referenceDay(q1));

        // "day 31" is the month's last day: 30 June, 28 February
        DeadlineRule lastDay = new DeadlineRule(null, 31, null);
        assertEquals(OffsetDateTime.parse("2027-06-30T17:00:00+07:00"),
                lastDay.deadline(period(Frequency.QUARTERLY, "2027-Q2")));
        assertEquals(OffsetDateTime.parse("2027-02-28T17:00:00+07:00"),
                lastDay.deadline(period(Frequency.MONTHLY, "2027-02")));
        assertNull(lastDay.cutOff(q1));
        assertEquals(q1.end(), lastDay.referenceDay(q1));

        DeadlineRule after = new DeadlineRule(25, null, 10);
        assertEquals(OffsetDateTime.parse("2027-07-10T17:00:00+07:00"),
                after.deadline(period(Frequency.HALF_YEARLY, "2027-H1")));
        assertEquals(LocalDate.of(2027, 6, 25), after.cutOff(period(Frequency.HALF_YEARLY, "2027-H1")));
    }

    @Test
    void aCampaignTitleNamesItsPeriodAsALetterDoes() {
        assertEquals("Báo cáo công tác cải cách hành chính quý I/2027", RegimeOpener
                .withPeriod("Báo cáo công tác cải cách hành chính", period(Frequency.QUARTERLY, "2027-Q1")));
        assertEquals("Báo cáo CCHC 6 tháng đầu năm 2027",
                RegimeOpener.withPeriod("Báo cáo CCHC ", period(Frequency.HALF_YEARLY, "2027-H1")));
    }
}
