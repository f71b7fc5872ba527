package org.govinbox.casework.boundary;

import java.util.List;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Workflow;

/**
 * A case type, plugged into the engine: an application-scoped CDI bean in the type's own component (the mailbox
 * letter is {@code mailbox.boundary.LetterType}). The engine finds every bean of this type at start; adding a
 * type changes nothing here.
 * <p>
 * T1: every action in {@link #actions()} is a row of {@link #workflow()}, and every row but the engine's own
 * (receive, remind, recompute) has an action. T2: the mail templates named by the engine (ASSIGNED, URGED,
 * DUE_SOON, OVERDUE, and the actions' own) are in {@link #templates()}.
 */
public interface CaseType {

    /** The stored type code, e.g. {@code LETTER}. */
    String code();

    /** What staff call it, e.g. 信箱来信. */
    String name();

    /** Who a submitted case is from, as its history names them (群众, 代表 …). */
    String submitterName();

    Workflow workflow();

    CasePolicy policy();

    /** The classpath resource with the type's mail templates (zh-CN, UTF-8 properties). */
    String templates();

    List<CaseAction<?>> actions();

    /**
     * The values some of the actions' fields take, for the forms: field name to code and label (a reply's class,
     * a contact's method …). Fields not named here are free text.
     */
    default java.util.Map<String, java.util.Map<String, String>> choices() {
        return java.util.Map.of();
    }

    /**
     * C9: the state a finished case brought over from an earlier system is stored in (done with: nobody acts on it
     * again, nor does it wait for a rating); null when the type takes no history.
     */
    default String finishedState() {
        return null;
    }

    /** The role of the first party of a case brought over from an earlier system (the writer, the lead deputy …). */
    default String submitterRole() {
        return "SUBMITTER";
    }

    /**
     * What the type does when a case of it is received, in the receiving transaction, with the context's day the day
     * it arrived (the acceptance clock has started): a type whose reply limit runs from receipt starts it here.
     */
    default void received(CaseContext context) {
    }

    /** Whether due-soon and overdue reminders go to the government office too, beside the unit. */
    default boolean remindOffice() {
        return false;
    }
}
