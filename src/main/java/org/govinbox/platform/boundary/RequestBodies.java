package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * The one way a request body that is chosen at run time (the body of an action, by the action's name) is read
 * and checked: JSON-B into the action's request class, then Bean Validation — malformed JSON or a wrong type
 * → 400 on the body, a broken constraint → 400 naming each field ({@link ProblemMappers}). Bodies known when the
 * resource is written are checked by JAX-RS itself ({@code @Valid}).
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    public <T> T read(String json, Class<T> type) {
        return valid(Json.BINDING.fromJson(json == null || json.isBlank() ? "{}" : json, type));
    }

    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** Created on first use (the provider is the server's). */
    private static final class Json {
        static final Jsonb BINDING = JsonbBuilder.create();
    }
}
