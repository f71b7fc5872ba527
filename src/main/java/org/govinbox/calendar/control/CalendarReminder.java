package org.govinbox.calendar.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R5: from 1 November the administrator is warned while next year's schedule is missing (the State Council
 * publishes it in late autumn, and due dates near the year end depend on it).
 */
public final class CalendarReminder {

    private CalendarReminder() {
    }

    public static Optional<String> missingNextYear(LocalDate today, WorkingDayCalendar calendar) {
        int next = today.getYear() + 1;
        if (today.getMonthValue() < 11 || calendar.isOfficial(next)) {
            return Optional.empty();
        }
        return Optional.of("尚未导入 " + next + " 年的放假调休安排。国务院办公厅通知发布后请及时导入；在此之前，跨入 " + next
                + " 年的期限按周一至周五暂定计算。");
    }
}
