package org.govinbox.casework.boundary;

import java.util.function.Predicate;
import org.govinbox.casework.entity.Case;

/**
 * One action of a case type: the row of its workflow it performs ({@code name}), the request record its body
 * is read into and validated as (Bean Validation), what it does, and when the console offers it.
 *
 * @param <B> the request record of this action
 */
public record CaseAction<B>(String name, Class<B> body, Handler<B> handler, Predicate<Case> offered, Preview<B> preview) {

    /** Performs the action on {@code context.subject()}; answers where the case goes and what the history says. */
    @FunctionalInterface
    public interface Handler<B> {
        Outcome perform(CaseContext context, B body);
    }

    /** What the action would show or send, computed as the action itself would, changing nothing (null: none). */
    @FunctionalInterface
    public interface Preview<B> {
        Object of(Case subject, B body);
    }

    /** Where the case goes ({@code to} null: the row's first target) and the history line's department and note. */
    public record Outcome(String to, String department, String note) {

        public static Outcome note(String department, String note) {
            return new Outcome(null, department, note);
        }

        public static Outcome to(String state, String department, String note) {
            return new Outcome(state, department, note);
        }
    }

    /** An action offered whenever its workflow row allows it. */
    public static <B> CaseAction<B> of(String name, Class<B> body, Handler<B> handler) {
        return new CaseAction<>(name, body, handler, c -> true, null);
    }

    public CaseAction<B> offeredWhen(Predicate<Case> condition) {
        return new CaseAction<>(name, body, handler, condition, preview);
    }

    /** An action whose outcome can be looked at first ({@code POST /api/cases/{id}/{action}/preview}). */
    public CaseAction<B> previewedBy(Preview<B> previewer) {
        return new CaseAction<>(name, body, handler, offered, previewer);
    }
}
