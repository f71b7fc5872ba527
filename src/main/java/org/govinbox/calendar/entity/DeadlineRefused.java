package org.govinbox.calendar.entity;

/** A deadline operation that its rules do not allow (an extension past the maximum, resuming a running clock …). */
public class DeadlineRefused extends RuntimeException {

    public DeadlineRefused(String message) {
        super(message, null, false, false);
    }
}
