package org.govinbox.casework.entity;

import java.time.LocalDate;

/** The deadline clock a case runs on (kept by the calendar component), as the case stores it. */
public record ClockRef(Long deadlineId, LocalDate dueOn, boolean provisional) {
}
