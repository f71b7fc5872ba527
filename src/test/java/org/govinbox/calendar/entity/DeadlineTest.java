package org.govinbox.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.calendar.control.ShippedCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.platform.entity.Refused;
import org.junit.jupiter.api.Test;

/** D1–D8 of {@link Deadline}. */
class DeadlineTest {

    private static final WorkingDayCalendar CALENDAR = ShippedCalendar.all();
    private static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Deadline disclosureRequest(String received) {
        return Deadline.start("REQUEST", "1", "REPLY", ClockKind.WORKING_DAYS, 20, 20, d(received), CALENDAR, "dispatcher", NOW);
    }

    @Test
    void startingStoresTheDueDate() {
        Deadline deadline = disclosureRequest("2026-02-10");
        assertEquals(d("2026-03-16"), deadline.dueOn());
        assertFalse(deadline.provisional());
        assertEquals(DeadlineEvent.Action.STARTED, deadline.history().get(0).action());
    }

    @Test
    void aTwentyDayExtensionGivesTheDomainExample() {
        Deadline deadline = disclosureRequest("2026-02-10");
        deadline.extend(20, d("2026-02-10"), CALENDAR, "office head", "需要较长时间检索档案", NOW);
        assertEquals(d("2026-04-14"), deadline.dueOn());
        DeadlineEvent extended = deadline.history().get(1);
        assertEquals(DeadlineEvent.Action.EXTENDED, extended.action());
        assertEquals("office head", extended.actor());
        assertEquals(d("2026-03-16"), extended.dueBefore());
        assertEquals(d("2026-04-14"), extended.dueAfter());
    }

    @Test
    void anExtensionPastTheMaximumIsRefusedAndChangesNothing() {
        Deadline deadline = disclosureRequest("2026-02-10");
        deadline.extend(15, d("2026-02-10"), CALENDAR, "office head", "第一次延期", NOW);
        LocalDate due = deadline.dueOn();
        Refused refused = assertThrows(Refused.class,
                () -> deadline.extend(6, d("2026-02-10"), CALENDAR, "office head", "再次延期", NOW));
        assertTrue(refused.getMessage().contains("20个工作日"), refused.getMessage());
        assertEquals(due, deadline.dueOn());
        assertEquals(15, deadline.extension());
        deadline.extend(5, d("2026-02-10"), CALENDAR, "office head", "最后五天", NOW);
        assertEquals(d("2026-04-14"), deadline.dueOn());
    }

    @Test
    void anExtensionNeedsAReasonAndAPositiveAmount() {
        Deadline deadline = disclosureRequest("2026-02-10");
        assertThrows(Refused.class, () -> deadline.extend(5, d("2026-02-10"), CALENDAR, "head", " ", NOW));
        assertThrows(Refused.class, () -> deadline.extend(0, d("2026-02-10"), CALENDAR, "head", "理由", NOW));
    }

    @Test
    void pausedWorkingDaysDoNotCount() {
        // received 2026-02-10, due 03-16; a third-party consultation from 02-26 to 03-05 (Thu)
        Deadline deadline = disclosureRequest("2026-02-10");
        deadline.pause(d("2026-02-26"), "handler", "征求第三方意见", NOW);
        assertTrue(deadline.paused());
        assertThrows(Refused.class, () -> deadline.pause(d("2026-02-27"), "handler", "again", NOW));
        deadline.resume(d("2026-03-05"), CALENDAR, "handler", NOW);
        // (02-26, 03-05] holds 02-27, 02-28 (make-up Saturday), 03-02, 03-03, 03-04, 03-05: 6 working days
        assertEquals(CALENDAR.addWorkingDays(d("2026-02-10"), 26), deadline.dueOn());
        assertEquals(d("2026-03-24"), deadline.dueOn());
        assertFalse(deadline.paused());
        assertThrows(Refused.class, () -> deadline.resume(d("2026-03-06"), CALENDAR, "handler", NOW));
    }

    @Test
    void pausedCalendarDaysDoNotCountEither() {
        Deadline deadline = Deadline.start("PETITION", "7", "HANDLE", ClockKind.CALENDAR_DAYS, 60, 30,
                d("2026-03-01"), CALENDAR, "x", NOW);
        assertEquals(d("2026-04-30"), deadline.dueOn());
        deadline.pause(d("2026-03-10"), "x", "鉴定", NOW);
        deadline.resume(d("2026-03-20"), CALENDAR, "x", NOW);
        assertEquals(d("2026-05-11"), deadline.dueOn(), "04-30 + 10 days = 05-10, a Sunday");
    }

    @Test
    void aRestartCountsTheFullAmountFromTheNewStart() {
        Deadline deadline = disclosureRequest("2026-02-10");
        deadline.extend(10, d("2026-02-10"), CALENDAR, "head", "延期", NOW);
        deadline.restart(d("2026-03-02"), CALENDAR, "dispatcher", "申请人补正后重新起算", NOW);
        assertEquals(CALENDAR.addWorkingDays(d("2026-03-02"), 20), deadline.dueOn());
        assertEquals(d("2026-03-30"), deadline.dueOn());
        assertEquals(0, deadline.extension());
        deadline.extend(20, d("2026-02-10"), CALENDAR, "head", "重新起算后可再延期", NOW);
    }

    @Test
    void monthClocksExtendInMonths() {
        Deadline suggestion = Deadline.start("NPC", "12", "REPLY", ClockKind.MONTHS, 3, 3, d("2026-03-10"),
                CALENDAR, "office", NOW);
        assertEquals(d("2026-06-10"), suggestion.dueOn());
        suggestion.extend(3, d("2026-02-10"), CALENDAR, "office", "涉及多个部门", NOW);
        assertEquals(d("2026-09-10"), suggestion.dueOn());
        assertThrows(Refused.class, () -> suggestion.extend(1, d("2026-02-10"), CALENDAR, "office", "超过六个月", NOW));
    }

    @Test
    void daysLeftAndOverdueInTheClocksOwnUnit() {
        Deadline deadline = disclosureRequest("2026-02-10");
        Deadline.Remaining early = deadline.remaining(d("2026-02-13"), CALENDAR);
        assertFalse(early.overdue());
        assertEquals(CALENDAR.workingDaysBetween(d("2026-02-14"), d("2026-03-16")), early.units());
        assertEquals(17, early.units());
        assertEquals(0, deadline.remaining(d("2026-03-16"), CALENDAR).units());
        Deadline.Remaining late = deadline.remaining(d("2026-03-20"), CALENDAR);
        assertTrue(late.overdue());
        assertEquals(4, late.units(), "03-17, 18, 19, 20");
        assertEquals(ClockKind.WORKING_DAYS, late.unit());

        Deadline months = Deadline.start("NPC", "1", "REPLY", ClockKind.MONTHS, 3, 3, d("2026-03-10"), CALENDAR, "x", NOW);
        assertEquals(31, months.remaining(d("2026-05-10"), CALENDAR).units(), "calendar days to 06-10");
    }

    @Test
    void aProvisionalDueDateIsRecomputedWhenItsYearArrives() {
        Deadline deadline = Deadline.start("LETTER", "9", "REPLY", ClockKind.WORKING_DAYS, 5, 10, d("2026-12-28"),
                CALENDAR, "dispatcher", NOW);
        assertEquals(d("2027-01-04"), deadline.dueOn(), "Mon–Fri: 12-29, 30, 31, 01-01, 01-04");
        assertTrue(deadline.provisional());

        WorkingDayCalendar with2027 = CALENDAR.withYear(2027, List.of(
                new WorkingDayCalendar.ListedDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦")));
        assertTrue(deadline.recompute(with2027, "admin", "导入 2027 年", NOW));
        assertEquals(d("2027-01-05"), deadline.dueOn());
        assertFalse(deadline.provisional());
        DeadlineEvent recomputed = deadline.history().get(deadline.history().size() - 1);
        assertEquals(DeadlineEvent.Action.RECOMPUTED, recomputed.action());
        assertEquals(d("2027-01-04"), recomputed.dueBefore());
        assertEquals(d("2027-01-05"), recomputed.dueAfter());
        assertFalse(deadline.recompute(with2027, "admin", "again", NOW), "nothing changes twice");
    }

    @Test
    void aFinishedClockIsNeverRecomputedPausedOrExtended() {
        Deadline deadline = Deadline.start("LETTER", "9", "REPLY", ClockKind.WORKING_DAYS, 5, 10, d("2026-12-28"),
                CALENDAR, "dispatcher", NOW);
        deadline.finish("handler", "已答复", NOW);
        assertTrue(deadline.finished());
        assertEquals(DeadlineEvent.Action.FINISHED, deadline.history().get(1).action());
        WorkingDayCalendar with2027 = CALENDAR.withYear(2027, List.of(
                new WorkingDayCalendar.ListedDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦")));
        assertFalse(deadline.recompute(with2027, "admin", "导入 2027 年", NOW), "D7");
        assertEquals(d("2027-01-04"), deadline.dueOn(), "the due date the reply answered stays");
        assertThrows(Refused.class, () -> deadline.extend(5, d("2026-12-29"), CALENDAR, "head", "延期", NOW));
        assertThrows(Refused.class, () -> deadline.pause(d("2026-12-29"), "office", "征求意见", NOW));
        deadline.finish("handler", "again", NOW);
        assertEquals(2, deadline.history().size(), "finishing twice writes nothing");
    }

    @Test
    void noExtensionOrPauseAfterTheDueDate() {
        Deadline deadline = disclosureRequest("2026-02-10");
        deadline.extend(1, d("2026-03-16"), CALENDAR, "head", "到期当日仍可延期", NOW);
        LocalDate due = deadline.dueOn();
        Refused late = assertThrows(Refused.class,
                () -> deadline.extend(5, due.plusDays(1), CALENDAR, "head", "逾期后延期", NOW));
        assertTrue(late.getMessage().contains(due.toString()), late.getMessage());
        Refused pause = assertThrows(Refused.class, () -> deadline.pause(due.plusDays(1), "office", "征求第三方意见", NOW));
        assertTrue(pause.getMessage().contains(due.toString()), pause.getMessage());
        assertEquals(due, deadline.dueOn());
    }

    @Test
    void anOfficialDueDateStaysWhenTheCalendarChanges() {
        Deadline deadline = disclosureRequest("2026-02-10");
        assertFalse(deadline.provisional());
        // ProvisionalDueDates only ever recomputes provisional deadlines; this one is never selected
        assertEquals(d("2026-03-16"), deadline.dueOn());
    }
}
