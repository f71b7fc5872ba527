package org.govinbox.calendar.boundary;

import java.time.LocalDate;

/**
 * Fired (synchronously, inside the import's transaction) for each provisional due date that a calendar import
 * changed, so that the owning item can write it on its own history.
 */
public record DueDateRecomputed(String ownerType, String ownerId, String purpose, long deadlineId, LocalDate before,
                                LocalDate after, boolean stillProvisional, int year) {
}
