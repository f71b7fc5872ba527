package org.govinbox.casework.entity;

import java.time.LocalDate;

/** A deadline clock (kept by the calendar component) as a case stores it: its id, due date and whether that is provisional. */
public record ClockRef(Long deadlineId, LocalDate dueOn, boolean provisional) {
}
