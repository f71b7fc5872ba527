package org.govinbox.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as a query parameter (yyyy-MM-dd): a value that is no day answers 400 naming the parameter. */
public final class DateParameter {

    private DateParameter() {
    }

    /** The day {@code value} names, or {@code otherwise} when the parameter is absent. */
    public static LocalDate of(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, name + " 不是有效的日期：" + value);
        }
    }
}
