/**
 * Casework: the one case engine every case type runs on — the mailbox letter now; NPC suggestions, CPPCC
 * proposals and disclosure requests later. Nothing here is specific to a type: what differs lives in each type's
 * {@code CasePolicy}, read from configuration.
 * <p>
 * Boundary operations: receive a submission (durably, idempotently), look it up with its query code and secret,
 * rate it ({@code Cases}); list and show cases within the caller's scope and perform each staff action
 * ({@code Cases}, {@code CasesResource}); write due-soon and overdue reminders ({@code CaseReminders});
 * attachments ({@code Attachments}).
 * <p>
 * Rules: C1 an action is allowed only in the states the transition table ({@code CaseAction}) lists, else 409
 * naming the state; C2 every transition appends one history event; C3 due dates are stored when a clock starts,
 * restarts or is extended, overdue is derived; C4 "replied on time" is frozen when the reply goes out; C5 不满意
 * sends the case back to the same lead department with a fresh deadline; C6 publication needs consent and masks
 * personal data. S1 a handler sees only their department's cases (lead or co-handler) and anything else is 404;
 * S2 dispatchers and handlers each have their own actions. Q1, Q2 query codes and secrets ({@code QueryCodes}).
 */
package org.govinbox.casework;
