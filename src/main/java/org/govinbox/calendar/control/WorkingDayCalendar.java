package org.govinbox.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.calendar.entity.DayKind;

/**
 * China's working-day calendar as an immutable in-memory snapshot, and the three legal clocks on it.
 * <p>
 * R1: a day is a working day if it is a listed make-up working day, or a Monday to Friday that is not a listed
 * holiday (State Council General Office notices; DOMAIN.md). R2: working days are counted from the day after
 * the start; calendar-day and month periods that end on a non-working day end on the next working day; month
 * periods clamp to the month's end. R3: a result that depends on a year without official data is
 * provisional (computed Monday to Friday).
 * <p>
 * Counting is O(1) inside 2000–2100: a running count of working days per day answers "the Nth working day
 * after" and "working days between" without walking the days.
 */
public final class WorkingDayCalendar {

    /** One listed day. */
    public record ListedDay(LocalDate date, DayKind kind, String name) {
    }

    /** A computed due date and whether it rests on a year without official data. */
    public record Due(LocalDate start, LocalDate due, boolean provisional) {
    }

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    private static final long BASE = FIRST.toEpochDay();

    private final NavigableMap<LocalDate, ListedDay> listed;
    private final Set<Integer> officialYears;
    /** cumulative[i] = working days in [FIRST, FIRST + i] */
    private final int[] cumulative;
    /** working[k] = offset from FIRST of the (k+1)th working day */
    private final int[] working;

    public WorkingDayCalendar(List<ListedDay> days, Set<Integer> officialYears) {
        TreeMap<LocalDate, ListedDay> map = new TreeMap<>();
        days.forEach(day -> map.put(day.date(), day));
        this.listed = Collections.unmodifiableNavigableMap(map);
        this.officialYears = Set.copyOf(officialYears);
        int span = (int) (LAST.toEpochDay() - BASE + 1);
        this.cumulative = new int[span];
        int[] workingOffsets = new int[span];
        int count = 0;
        for (int i = 0; i < span; i++) {
            if (computeWorkingDay(FIRST.plusDays(i))) {
                workingOffsets[count++] = i;
            }
            cumulative[i] = count;
        }
        this.working = java.util.Arrays.copyOf(workingOffsets, count);
    }

    public static WorkingDayCalendar empty() {
        return new WorkingDayCalendar(List.of(), Set.of());
    }

    /** R1 */
    public boolean isWorkingDay(LocalDate date) {
        long offset = date.toEpochDay() - BASE;
        if (offset >= 0 && offset < cumulative.length) {
            return cumulative[(int) offset] - (offset == 0 ? 0 : cumulative[(int) offset - 1]) == 1;
        }
        return computeWorkingDay(date);
    }

    private boolean computeWorkingDay(LocalDate date) {
        ListedDay day = listed.get(date);
        if (day != null) {
            return day.kind() == DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** R3: whether the year's schedule has been published and imported. */
    public boolean isOfficial(int year) {
        return officialYears.contains(year);
    }

    public Set<Integer> officialYears() {
        return new TreeSet<>(officialYears);
    }

    /** R2: the {@code n}th working day after {@code start} (n ≥ 1). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count at least one working day, not " + n);
        }
        long offset = start.toEpochDay() - BASE;
        if (offset >= 0 && offset < cumulative.length) {
            int target = cumulative[(int) offset] + n;
            if (target <= working.length) {
                return FIRST.plusDays(working[target - 1]);
            }
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days in {@code [from, to]}, both ends included; 0 when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long a = from.toEpochDay() - BASE;
        long b = to.toEpochDay() - BASE;
        if (a >= 0 && b < cumulative.length) {
            return cumulative[(int) b] - (a == 0 ? 0 : cumulative[(int) a - 1]);
        }
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** R2: the day itself if it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The due date of a clock of {@code amount} units started on {@code start}, with R3's provisional flag. */
    public Due due(ClockKind kind, LocalDate start, int amount) {
        return due(kind, start, amount, 0);
    }

    /**
     * As {@link #due(ClockKind, LocalDate, int)}, further shifted by {@code pausedUnits} not counted: working
     * days for a working-day clock, calendar days for the others.
     */
    public Due due(ClockKind kind, LocalDate start, int amount, int pausedUnits) {
        LocalDate nominal;
        LocalDate due;
        switch (kind) {
            case WORKING_DAYS -> {
                due = addWorkingDays(start, amount + pausedUnits);
                nominal = start;
            }
            case CALENDAR_DAYS -> {
                nominal = start.plusDays((long) amount + pausedUnits);
                due = onOrNextWorkingDay(nominal);
            }
            case MONTHS -> {
                nominal = start.plusMonths(amount).plusDays(pausedUnits);
                due = onOrNextWorkingDay(nominal);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return new Due(start, due, !allOfficial(nominal.getYear(), due.getYear()));
    }

    private boolean allOfficial(int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            if (!officialYears.contains(year)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the clock's units lie in {@code (from, to]}: working days, or calendar days for the others. */
    public int unitsBetween(ClockKind kind, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return kind == ClockKind.WORKING_DAYS
                ? workingDaysBetween(from.plusDays(1), to)
                : (int) ChronoUnit.DAYS.between(from, to);
    }

    /** The listed days in {@code [from, to]}, in date order. */
    public List<ListedDay> listedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return new ArrayList<>(listed.subMap(from, true, to, true).values());
    }

    public List<ListedDay> listedIn(int year) {
        return listedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A new snapshot with one year's listed days replaced and the year marked official. */
    public WorkingDayCalendar withYear(int year, List<ListedDay> days) {
        List<ListedDay> all = new ArrayList<>();
        for (Map.Entry<LocalDate, ListedDay> entry : listed.entrySet()) {
            if (entry.getKey().getYear() != year) {
                all.add(entry.getValue());
            }
        }
        all.addAll(days);
        Set<Integer> years = new TreeSet<>(officialYears);
        years.add(year);
        return new WorkingDayCalendar(all, years);
    }
}
