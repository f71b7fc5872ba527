package org.govinbox.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govinbox.calendar.control.ShippedCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.calendar.entity.ClockKind;

/**
 * bench/deadlines.sh: deadline computations per second on one thread — a 20-working-day deadline from every
 * day of 2025–2026 on the shipped calendar, repeated — after a warm-up. Not a test; prints its figures.
 */
public final class DeadlineThroughput {

    private DeadlineThroughput() {
    }

    public static void main(String[] args) {
        WorkingDayCalendar calendar = ShippedCalendar.all();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            starts.add(d);
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        run(calendar, starts, 3, false, false);
        run(calendar, starts, rounds, true, false);
        System.out.println("for comparison, counting day by day with isWorkingDay (what the index replaces):");
        run(calendar, starts, 2, false, true);
        run(calendar, starts, rounds, true, true);
    }

    private static LocalDate dayByDay(WorkingDayCalendar calendar, LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void run(WorkingDayCalendar calendar, List<LocalDate> starts, int rounds, boolean report,
                            boolean naive) {
        for (int round = 1; round <= rounds; round++) {
            long computations = 0;
            long checksum = 0;
            long began = System.nanoTime();
            long until = began + 2_000_000_000L;
            while (System.nanoTime() < until) {
                for (LocalDate start : starts) {
                    if (naive) {
                        checksum += dayByDay(calendar, start, 20).getDayOfMonth();
                    } else {
                        WorkingDayCalendar.Due due = calendar.due(ClockKind.WORKING_DAYS, start, 20);
                        checksum += due.due().getDayOfMonth() + (due.provisional() ? 1 : 0);
                    }
                }
                computations += starts.size();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            if (report) {
                System.out.printf(Locale.ROOT, "round %d: %,.0f deadline computations/s (checksum %d)%n",
                        round, computations / seconds, checksum);
            }
        }
    }
}
