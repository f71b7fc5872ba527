package org.govinbox.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.calendar.control.ProvisionalDueDates;
import org.govinbox.calendar.control.ShippedCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar tables and deadlines with their history on a real embedded Derby. */
class CalendarPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private DerbyDatabase db;

    @BeforeEach
    void open() {
        db = new DerbyDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aYearsDaysAreStoredAndReplacedTogether() {
        db.inTransaction(em -> {
            em.persist(new CalendarYear(2026, "https://www.gov.cn/…", NOW, "system"));
            em.flush();
            ShippedCalendar.all().listedIn(2026).forEach(d -> em.persist(new CalendarDay(d.date(), d.kind(), d.name())));
        });
        assertEquals(39, db.em().createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList().size());
        db.inTransaction(em -> {
            assertEquals(39, em.createNamedQuery(CalendarDay.DELETE_YEAR).setParameter("year", 2026).executeUpdate());
            em.persist(new CalendarDay(LocalDate.parse("2026-01-01"), DayKind.HOLIDAY, "元旦"));
        });
        List<CalendarDay> days = db.em().createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList();
        assertEquals(1, days.size());
        assertEquals(DayKind.HOLIDAY, days.get(0).kind());
        assertTrue(db.em().find(CalendarYear.class, 2026).official());
    }

    @Test
    void onlyProvisionalDeadlinesAreRecomputedAndEachChangeIsOnTheHistory() {
        WorkingDayCalendar calendar = ShippedCalendar.all();
        db.inTransaction(em -> {
            em.persist(Deadline.start("LETTER", "1", "REPLY", ClockKind.WORKING_DAYS, 5, 10, LocalDate.parse("2026-12-28"),
                    calendar, "dispatcher", NOW));
            em.persist(Deadline.start("LETTER", "2", "REPLY", ClockKind.WORKING_DAYS, 5, 10, LocalDate.parse("2026-11-02"),
                    calendar, "dispatcher", NOW));
        });
        WorkingDayCalendar with2027 = calendar.withYear(2027, List.of(
                new WorkingDayCalendar.ListedDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY, "元旦")));
        db.inTransaction(em -> assertEquals(1, ProvisionalDueDates.recompute(em, with2027, 2027, "admin", NOW).size()));

        Deadline recomputed = db.em().createNamedQuery(Deadline.OF_OWNER, Deadline.class)
                .setParameter("type", "LETTER").setParameter("id", "1").getSingleResult();
        assertEquals(LocalDate.parse("2027-01-05"), recomputed.dueOn());
        assertFalse(recomputed.provisional());
        assertEquals(List.of(DeadlineEvent.Action.STARTED, DeadlineEvent.Action.RECOMPUTED),
                recomputed.history().stream().map(DeadlineEvent::action).toList());
        assertEquals(LocalDate.parse("2027-01-04"), recomputed.history().get(1).dueBefore());

        Deadline untouched = db.em().createNamedQuery(Deadline.OF_OWNER, Deadline.class)
                .setParameter("type", "LETTER").setParameter("id", "2").getSingleResult();
        assertEquals(1, untouched.history().size());
        assertTrue(db.em().createNamedQuery(Deadline.PROVISIONAL, Deadline.class).getResultList().isEmpty());
    }
}
