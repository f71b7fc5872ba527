package org.govinbox.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.calendar.control.HolidayCnFormat;
import org.govinbox.calendar.control.ProvisionalDueDates;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar.ListedDay;
import org.govinbox.calendar.entity.CalendarDay;
import org.govinbox.calendar.entity.CalendarYear;
import org.govinbox.calendar.entity.DayKind;
import org.govinbox.calendar.entity.Deadline;

/**
 * The working-day calendar: held in memory as one immutable snapshot (no database read per day counted),
 * replaced after each import. Imports are atomic and recompute the provisional due dates (D5).
 */
@ApplicationScoped
public class Calendars {

    private static final Logger LOG = Logger.getLogger(Calendars.class.getName());

    /** A year as the console lists it. */
    public record YearSummary(int year, boolean official, String source, Instant importedAt, String importedBy,
                              long holidays, long makeupDays) {
    }

    /** What an import did. */
    public record Imported(int year, int holidays, int makeupDays, int recomputedDueDates) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<DueDateRecomputed> recomputed;

    @Inject
    org.govinbox.platform.boundary.ChangeLog changeLog;

    private static final String CHANGED = "calendar";

    private volatile WorkingDayCalendar current = WorkingDayCalendar.empty();

    /** R7 (platform): a year imported on another instance. */
    void elsewhere(@jakarta.enterprise.event.Observes org.govinbox.platform.boundary.ChangeNotice notice) {
        if (CHANGED.equals(notice.topic())) {
            reload();
        }
    }

    public WorkingDayCalendar current() {
        return current;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: how late something done on {@code to}
     * is, counted from {@code from} (0 when {@code to} is not after {@code from}).
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? current.workingDaysBetween(from.plusDays(1), to) : 0;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the listed days into a new snapshot; called at start-up and after every import has committed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void reload() {
        List<ListedDay> days = em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultStream()
                .map(d -> new ListedDay(d.day(), d.kind(), d.name())).toList();
        Set<Integer> official = new HashSet<>();
        em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultStream()
                .filter(CalendarYear::official).forEach(y -> official.add(y.year()));
        current = new WorkingDayCalendar(days, official);
        LOG.info(() -> "working-day calendar loaded: " + days.size() + " listed days, official years " + new java.util.TreeSet<>(official));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean has(int year) {
        return em.find(CalendarYear.class, year) != null;
    }

    /**
     * Imports one year in the holiday-cn format, replacing what the year had; throws
     * {@link HolidayCnFormat.Invalid} (nothing changed) when the file is not valid. Call {@link #reload()} after.
     */
    @Transactional
    public Imported importYear(int year, String json, String actor) {
        HolidayCnFormat.Schedule schedule = HolidayCnFormat.parse(json, year);
        Instant now = clock.instant();
        em.createNamedQuery(CalendarDay.DELETE_YEAR).setParameter("year", year).executeUpdate();
        String source = String.join("\n", schedule.papers());
        CalendarYear existing = em.find(CalendarYear.class, year);
        if (existing == null) {
            em.persist(new CalendarYear(year, source, now, actor));
        } else {
            existing.reimported(source, now, actor);
        }
        em.flush();
        schedule.days().forEach(day -> em.persist(new CalendarDay(day.date(), day.kind(), day.name())));
        WorkingDayCalendar next = current.withYear(year, schedule.days());
        List<Deadline> changed = ProvisionalDueDates.recompute(em, next, year, actor, now);
        for (Deadline d : changed) {
            recomputed.fire(new DueDateRecomputed(d.ownerType(), d.ownerId(), d.purpose(), d.id(),
                    d.history().get(d.history().size() - 1).dueBefore(), d.dueOn(), d.provisional(), year));
        }
        // R7 (platform): the other instances read the calendar again once this import has committed
        changeLog.record(CHANGED, "", List.of(year));
        int holidays = (int) schedule.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        int makeups = schedule.days().size() - holidays;
        audit.record(actor, "calendar.import", "calendar-year", String.valueOf(year), AuditEvent.Result.SUCCESS,
                holidays + " 个放假日，" + makeups + " 个调休上班日，重算暂定时限 " + changed.size() + " 个");
        return new Imported(year, holidays, makeups, changed.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearSummary> years() {
        TreeMap<Integer, long[]> counts = new TreeMap<>();
        em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultStream().forEach(d -> {
            long[] c = counts.computeIfAbsent(d.day().getYear(), y -> new long[2]);
            c[d.kind() == DayKind.HOLIDAY ? 0 : 1]++;
        });
        List<YearSummary> years = new ArrayList<>();
        for (CalendarYear y : em.createNamedQuery(CalendarYear.ALL, CalendarYear.class).getResultList()) {
            long[] c = counts.getOrDefault(y.year(), new long[2]);
            years.add(new YearSummary(y.year(), y.official(), y.source(), y.importedAt(), y.importedBy(), c[0], c[1]));
        }
        return years;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public YearSummary year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst()
                .orElse(new YearSummary(year, false, null, null, null, 0, 0));
    }
}
