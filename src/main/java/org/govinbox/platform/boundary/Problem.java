package org.govinbox.platform.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An error as RFC 9457 problem details, with a Chinese {@code title} and {@code detail}, and for
 * validation the fields at fault. Never carries a stack trace, SQL or a class name.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its name in the request, the rule it broke (when there is one) and why. */
    public record FieldError(String field, String rule, String message) {
        public FieldError(String field, String message) {
            this(field, null, message);
        }
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        type = type == null ? "about:blank" : type;
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null);
    }
}
