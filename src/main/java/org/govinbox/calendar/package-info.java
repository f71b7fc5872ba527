/**
 * Calendar: China's working-day calendar (holidays and make-up working days, as data) and the deadline engine
 * that every case type shares.
 * <p>
 * Boundary operations: the current calendar snapshot and year imports ({@code Calendars}); starting, pausing,
 * resuming, restarting and extending a deadline and telling the time left ({@code Deadlines}); the public
 * calculator API ({@code CalendarResource}). After an import, each changed provisional due date is announced
 * with a {@code DueDateRecomputed} event so that its owner writes it on its own history.
 * <p>
 * Rules (calendar, {@code WorkingDayCalendar}, {@code HolidayCnFormat}, {@code CalendarReminder}):
 * <ol>
 * <li>R1 A working day is a listed make-up working day, or a Monday to Friday that is not a listed holiday.</li>
 * <li>R2 Working days count from the day after the start; calendar-day and month periods ending on a
 *     non-working day end on the next working day; month periods clamp to the month's end.</li>
 * <li>R3 A result that rests on a year without official data is provisional (computed Monday to Friday).</li>
 * <li>R4 A year's schedule is imported whole or not at all; each problem names its line.</li>
 * <li>R5 From 1 November the administrator is warned while next year's schedule is missing.</li>
 * </ol>
 * Rules (deadlines, {@code Deadline}): D1 due dates are stored when a clock starts, restarts, resumes or is
 * extended; D2 paused time does not count; D3 a restart counts the full amount again; D4 extensions are
 * bounded by the policy's maximum and need an approver and a reason; D5 an import recomputes only provisional
 * due dates and writes each change to the history; D6 time left is told in the clock's own unit.
 */
package org.govinbox.calendar;
