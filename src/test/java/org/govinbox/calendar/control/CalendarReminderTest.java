package org.govinbox.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5 of {@link CalendarReminder}. */
class CalendarReminderTest {

    private static final WorkingDayCalendar SHIPPED = ShippedCalendar.all();

    @ParameterizedTest(name = "{0}: warned {1}")
    @CsvSource({
        "2026-10-31, false",  // before November: no warning yet
        "2026-11-01, true",   // from 1 November, 2027 is missing
        "2026-12-31, true",
        "2025-11-15, false",  // 2026 was imported
        "2027-01-05, false",  // January: the warning is for next November
    })
    void warnsFromNovemberWhileNextYearIsMissing(LocalDate today, boolean warned) {
        assertEquals(warned, CalendarReminder.missingNextYear(today, SHIPPED).isPresent());
    }
}
