package org.govinbox.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.govinbox.calendar.entity.ClockKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1–R3 of {@link WorkingDayCalendar}, on the official 2024–2026 schedules, as tables of concrete dates. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = ShippedCalendar.all();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        // 2025 Spring Festival: off 01-28..02-04; make-up Sun 01-26, Sat 02-08
        "2025-01-24 | 1  | 2025-01-26 | a Sunday made a working day counts",
        "2025-01-24 | 2  | 2025-01-27 | the Monday before the holiday",
        "2025-01-24 | 3  | 2025-02-05 | the whole holiday is skipped",
        "2025-01-24 | 6  | 2025-02-08 | the make-up Saturday after it",
        "2025-01-24 | 7  | 2025-02-10 | then the next Monday",
        // 2025 Qingming (Fri 04-04..Sun 04-06), Labour Day (05-01..05-05, make-up Sun 04-27), Dragon Boat (05-31..06-02)
        "2025-04-03 | 1  | 2025-04-07 | Qingming Friday is off",
        "2025-04-25 | 1  | 2025-04-27 | make-up Sunday before Labour Day",
        "2025-04-30 | 1  | 2025-05-06 | five days of Labour Day",
        "2025-05-30 | 1  | 2025-06-03 | Dragon Boat Monday is off",
        // 2025 National Day + Mid-Autumn: off 10-01..10-08; make-up Sun 09-28, Sat 10-11
        "2025-09-26 | 1  | 2025-09-28 | make-up Sunday",
        "2025-09-26 | 4  | 2025-10-09 | eight days off",
        "2025-09-26 | 6  | 2025-10-11 | make-up Saturday",
        "2025-09-26 | 7  | 2025-10-13 | the following Monday",
        // year ends
        "2024-12-31 | 1  | 2025-01-02 | New Year's Day 2025",
        "2025-12-31 | 1  | 2026-01-04 | 2026-01-01..03 off, Sunday 01-04 is a working day",
        // 2026 Spring Festival: make-up Sat 02-14, off 02-15..02-23, make-up Sat 02-28
        "2026-02-13 | 1  | 2026-02-14 | make-up Saturday before the festival",
        "2026-02-13 | 2  | 2026-02-24 | nine days off",
        "2026-02-27 | 1  | 2026-02-28 | make-up Saturday after it",
        "2026-02-27 | 2  | 2026-03-02 | then Monday",
        "2026-02-10 | 20 | 2026-03-16 | DOMAIN.md: a disclosure request received 2026-02-10",
        "2026-02-10 | 40 | 2026-04-14 | DOMAIN.md: the same with the 20-day extension",
        // 2026 Qingming (Sat 04-04..Mon 04-06), Labour Day (05-01..05-05, make-up Sat 05-09), Dragon Boat (06-19..06-21)
        "2026-04-03 | 1  | 2026-04-07 | Qingming Monday is off",
        "2026-04-30 | 1  | 2026-05-06 | Labour Day",
        "2026-05-08 | 1  | 2026-05-09 | make-up Saturday",
        "2026-06-18 | 1  | 2026-06-22 | Dragon Boat Friday is off",
        // 2026 Mid-Autumn (off 09-25..09-27, make-up Sun 09-20) and National Day (off 10-01..10-07, make-up Sat 10-10)
        "2026-09-18 | 1  | 2026-09-20 | make-up Sunday",
        "2026-09-24 | 1  | 2026-09-28 | Mid-Autumn Friday is off",
        "2026-09-30 | 1  | 2026-10-08 | seven days of National Day",
        "2026-09-30 | 3  | 2026-10-10 | make-up Saturday",
        "2026-09-30 | 4  | 2026-10-12 | the following Monday",
        // 2024: leap day, and the Spring Festival's first make-up day
        "2024-02-28 | 1  | 2024-02-29 | the leap day is a working day",
        "2024-02-29 | 1  | 2024-03-01 | and the day after it",
        "2024-02-08 | 2  | 2024-02-18 | 2024-02-10..17 off, Sunday 02-18 worked",
        "2024-10-11 | 1  | 2024-10-12 | 2024-10-12 is a make-up Saturday",
    })
    void workingDays(LocalDate start, int n, LocalDate due, String why) {
        WorkingDayCalendar.Due result = CALENDAR.due(ClockKind.WORKING_DAYS, start, n);
        assertEquals(due, result.due(), why);
        assertFalse(result.provisional(), "2024–2026 are official");
        assertEquals(due, CALENDAR.addWorkingDays(start, n));
    }

    @ParameterizedTest(name = "{0} + {1} days = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2026-01-31 | 1  | 2026-02-02 | ends on a Sunday: moves to Monday",
        "2026-09-25 | 5  | 2026-09-30 | ends on a working Wednesday",
        "2026-09-26 | 5  | 2026-10-08 | ends on National Day: moves past the holiday",
        "2026-02-13 | 1  | 2026-02-14 | ends on a make-up Saturday: that is a working day",
        "2025-12-02 | 30 | 2026-01-04 | ends on 2026-01-01: moves to the make-up Sunday 01-04",
        "2024-02-01 | 28 | 2024-02-29 | lands on the leap day",
        "2026-03-01 | 60 | 2026-04-30 | a 60-day petition limit",
    })
    void calendarDays(LocalDate start, int n, LocalDate due, String why) {
        assertEquals(due, CALENDAR.due(ClockKind.CALENDAR_DAYS, start, n).due(), why);
    }

    @ParameterizedTest(name = "{0} + {1} months = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2026-01-31 | 1  | 2026-02-28 | clamps to February's end, a make-up Saturday",
        "2025-01-31 | 1  | 2025-02-28 | clamps to February's end, a Friday",
        "2024-01-31 | 1  | 2024-02-29 | clamps to the leap day",
        "2024-02-29 | 12 | 2025-02-28 | a year after the leap day",
        "2026-03-31 | 2  | 2026-06-01 | May 31 is a Sunday",
        "2026-07-01 | 3  | 2026-10-08 | the three-month red line ends on National Day",
        "2025-11-30 | 3  | 2026-02-28 | clamps to 02-28, a make-up Saturday",
        "2026-05-31 | 1  | 2026-06-30 | clamps to June's end",
        "2026-03-10 | 3  | 2026-06-10 | an NPC suggestion assigned 2026-03-10",
        "2026-03-10 | 6  | 2026-09-10 | and its six-month maximum",
    })
    void months(LocalDate start, int n, LocalDate due, String why) {
        assertEquals(due, CALENDAR.due(ClockKind.MONTHS, start, n).due(), why);
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2024, 251", "2025, 248", "2026, 248"})
    void workingDaysInAYear(int year, int expected) {
        assertEquals(expected, CALENDAR.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Test
    void workingDaysBetweenIncludesBothEnds() {
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-14")));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.parse("2026-02-15"), LocalDate.parse("2026-02-23")));
        assertEquals(0, CALENDAR.workingDaysBetween(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-02-15")));
        assertEquals(20, CALENDAR.workingDaysBetween(LocalDate.parse("2026-02-11"), LocalDate.parse("2026-03-16")),
                "the 20 working days of the DOMAIN.md example, counted from the day after 02-10");
    }

    @Test
    void yearsWithoutOfficialDataAreMondayToFridayAndProvisional() {
        WorkingDayCalendar.Due newYear = CALENDAR.due(ClockKind.WORKING_DAYS, LocalDate.parse("2026-12-31"), 1);
        assertEquals(LocalDate.parse("2027-01-01"), newYear.due(), "no 2027 schedule: Friday 2027-01-01 counts");
        assertTrue(newYear.provisional());
        assertTrue(CALENDAR.due(ClockKind.MONTHS, LocalDate.parse("2026-11-20"), 3).provisional());
        assertFalse(CALENDAR.due(ClockKind.WORKING_DAYS, LocalDate.parse("2026-12-01"), 10).provisional());
        assertTrue(CALENDAR.due(ClockKind.WORKING_DAYS, LocalDate.parse("2023-12-29"), 1).provisional(),
                "2023 has no data here either");
        assertEquals(261, CALENDAR.workingDaysBetween(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")),
                "52 weeks and a Friday");
    }

    @Test
    void withYearMakesItOfficialAndChangesTheCount() {
        WorkingDayCalendar with2027 = CALENDAR.withYear(2027, java.util.List.of(
                new WorkingDayCalendar.ListedDay(LocalDate.parse("2027-01-01"), org.govinbox.calendar.entity.DayKind.HOLIDAY, "元旦")));
        WorkingDayCalendar.Due due = with2027.due(ClockKind.WORKING_DAYS, LocalDate.parse("2026-12-31"), 1);
        assertEquals(LocalDate.parse("2027-01-04"), due.due());
        assertFalse(due.provisional());
        assertEquals(248, with2027.workingDaysBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    @Test
    void outsideTheIndexedRangeTheSameRulesHold() {
        WorkingDayCalendar.Due far = CALENDAR.due(ClockKind.WORKING_DAYS, LocalDate.parse("2100-12-30"), 3);
        assertEquals(LocalDate.parse("2101-01-04"), far.due(), "Thu 12-30 → Fri 12-31, Mon 01-03, Tue 01-04");
        assertTrue(far.provisional());
    }

    @Test
    void theIndexAgreesWithCountingDayByDay() {
        for (LocalDate start = LocalDate.parse("2023-12-01"); start.isBefore(LocalDate.parse("2027-02-01")); start = start.plusDays(1)) {
            for (int n : new int[] {1, 2, 5, 10, 15, 20, 40}) {
                LocalDate day = start;
                for (int counted = 0; counted < n; ) {
                    day = day.plusDays(1);
                    if (CALENDAR.isWorkingDay(day)) {
                        counted++;
                    }
                }
                assertEquals(day, CALENDAR.addWorkingDays(start, n), start + " + " + n);
                assertEquals(n, CALENDAR.workingDaysBetween(start.plusDays(1), day), start + " .. " + day);
            }
        }
    }

    @Test
    void listedDaysAreData() {
        assertEquals(39, CALENDAR.listedIn(2026).size());
        assertTrue(CALENDAR.isWorkingDay(LocalDate.parse("2026-01-04")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2026-01-02")));
        assertFalse(ShippedCalendar.load(2025).isWorkingDay(LocalDate.parse("2025-10-08")));
        assertFalse(WorkingDayCalendar.empty().isWorkingDay(LocalDate.parse("2026-01-04")), "a plain Sunday without data");
    }
}
