/**
 * Casework: the one case engine every case type runs on. A type is a plug-in of its own component — the mailbox
 * letter ({@code mailbox}) now; NPC suggestions, CPPCC proposals and disclosure requests next — and nothing here
 * names a type.
 * <p>
 * What the engine keeps for every type: the {@code Case} aggregate and its append-only history, its parties (each
 * with their ratings and contact records), its clocks (each on a calendar {@code Deadline}, with a purpose), its
 * replies (one record each), the staff's scope, versions (If-Match), due-soon and overdue reminders, attachments
 * and mail through the outbox. What a type brings ({@code CaseType}): its {@code Workflow} (states and the table of
 * actions, who performs each), its policy ({@code CasePolicy}, from {@code govinbox.case.<type>.*} or built in
 * code), its actions ({@code CaseAction}: a request class checked by Bean Validation and a handler — its own or one
 * of {@code StandardActions}), its mail templates, and its own public boundary.
 * <p>
 * <b>Adding a type</b>: a new component with an {@code @ApplicationScoped} bean implementing {@code CaseType}; a
 * workflow built with {@code Workflow.of(CODE)}; one {@code CaseAction} per row of it; a templates file with at
 * least DUE_SOON and OVERDUE; a resource for its submitters calling {@code Cases.receive} (and
 * {@code Cases.actAsSubmitter}); a test of every action in every state ({@code TestCases.everyActionInEveryState}).
 * Staff act on it through {@code POST /api/cases/{id}/{action}} with no change here ({@code org.govinbox.inquiry}
 * in the test sources is such a type).
 * <p>
 * Rules: W1–W3 ({@code Workflow}); C1 an action is allowed only in the states its row lists, else 409 naming the
 * state; C2 every action appends one history event and raises the version; C3 due dates are stored when a clock
 * starts, restarts or is extended, overdue is derived; C4 each reply is a record with its timeliness frozen when
 * sent; C5 ratings are kept per party and round; C6 publication needs the first party's consent and masks personal
 * data; C7 no extension after the due date; K1–K3 ({@code CaseClock}); T1, T2 ({@code CaseType}). S1 a handler sees
 * only their department's cases (lead or co-handler) and anything else is 404; S2 who performs an action is its
 * row's {@code By}. Q1, Q2 query codes and secrets ({@code QueryCodes}).
 */
package org.govinbox.casework;
