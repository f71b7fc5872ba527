package org.govinbox.calendar.entity;

/**
 * The three ways the law counts a time limit (DOMAIN.md, "The working-day calendar").
 * <ul>
 * <li>{@link #WORKING_DAYS}: N working days counted from the day after the start; the due date is the Nth.</li>
 * <li>{@link #CALENDAR_DAYS}: start + N days; a period ending on a non-working day ends on the next working day
 *     (Civil Procedure Law Art. 85).</li>
 * <li>{@link #MONTHS}: the same day N months later, or that month's last day if it is shorter, rolled forward
 *     to a working day like calendar days.</li>
 * </ul>
 */
public enum ClockKind {
    WORKING_DAYS("个工作日", "workingDays"),
    CALENDAR_DAYS("日", "days"),
    MONTHS("个月", "months");

    private final String unit;
    private final String parameter;

    ClockKind(String unit, String parameter) {
        this.unit = unit;
        this.parameter = parameter;
    }

    /** The Chinese unit after a number: 20个工作日, 60日, 3个月. */
    public String unit() {
        return unit;
    }

    /** The query parameter that names this clock in the public API. */
    public String parameter() {
        return parameter;
    }
}
