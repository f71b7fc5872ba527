package org.govinbox.casework.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.entity.Refused;

/**
 * What an action of a case type works with, inside the engine's transaction: the case, its type and the
 * allowed row of the workflow, who acts and when, and the engine's clocks, notices and lookups.
 */
public final class CaseContext {

    private final Case subject;
    private final CaseType type;
    private final Workflow.Transition transition;
    private final String actor;
    private final String actorDepartment;
    private final Instant now;
    private final LocalDate today;
    private final CaseEngine engine;
    private final Integer party;

    CaseContext(Case subject, CaseType type, Workflow.Transition transition, String actor, String actorDepartment,
                Instant now, LocalDate today, CaseEngine engine) {
        this(subject, type, transition, actor, actorDepartment, now, today, engine, null);
    }

    CaseContext(Case subject, CaseType type, Workflow.Transition transition, String actor, String actorDepartment,
                Instant now, LocalDate today, CaseEngine engine, Integer party) {
        this.party = party;
        this.subject = subject;
        this.type = type;
        this.transition = transition;
        this.actor = actor;
        this.actorDepartment = actorDepartment;
        this.now = now;
        this.today = today;
        this.engine = engine;
    }

    public Case subject() { return subject; }
    public CaseType type() { return type; }
    public CasePolicy policy() { return type.policy(); }
    public Workflow.Transition transition() { return transition; }
    public String actor() { return actor; }
    /** The acting handler's department (null for the office and for submitters). */
    public String actorDepartment() { return actorDepartment; }
    public Instant now() { return now; }
    /** The party acting through their own link (seq), or null when staff act. */
    public Integer party() { return party; }
    public LocalDate today() { return today; }

    /** The row's second target: the other way an action may go (a reply to review; a dissatisfied rating back to handling). */
    public String alternative() {
        return transition.to().get(1);
    }

    // ---------------------------------------------------------------- clocks

    /** Starts a clock of {@code amount} units of the type's clock kind, today, for the case or a department. */
    public CaseClock startClock(String purpose, String department, int amount, int maxExtension) {
        return engine.clocks().start(subject, purpose, department, policy().clock(), amount, maxExtension, today, actor);
    }

    /** Meets the case's live clock of {@code purpose} now, freezing whether it was met in time (K1). */
    public void meetClock(String purpose) {
        subject.clock(purpose).ifPresent(k -> subject.meet(k, now, today));
    }

    /** Extends the case's running clock of {@code purpose}; refused after its due date (D8). */
    public CaseClock extendClock(String purpose, int units, String reason) {
        CaseClock clock = live(purpose);
        engine.clocks().extend(subject, clock, units, actor, reason);
        return clock;
    }

    /** Extends a given running clock (a unit's own); refused after its due date (D8). */
    public void extendClock(CaseClock clock, int units, String reason) {
        engine.clocks().extend(subject, clock, units, actor, reason);
    }

    /** Meets a given clock now (a co-handler's opinion, a unit's part). */
    public void meetClock(CaseClock clock) {
        subject.meet(clock, now, today);
    }

    public void pauseClock(String purpose, String reason) {
        engine.clocks().pause(subject, live(purpose), today, actor, reason);
    }

    public void resumeClock(String purpose) {
        resumeClock(purpose, today);
    }

    /** Resumes the paused clock as of {@code on} (not before it was paused): the days until then are not counted. */
    public void resumeClock(String purpose, LocalDate on) {
        engine.clocks().resume(subject, live(purpose), on, actor);
    }

    /** Counts the clock of {@code purpose} afresh from today (e.g. a corrected application, DOMAIN.md). */
    public void restartClock(String purpose, String reason) {
        restartClock(purpose, today, reason);
    }

    /** Counts the clock of {@code purpose} afresh from {@code on} (a correction that arrived by post that day). */
    public void restartClock(String purpose, LocalDate on, String reason) {
        engine.clocks().restart(subject, live(purpose), on, actor, reason);
    }

    /** The case's live clock of {@code purpose}, if any. */
    public java.util.Optional<CaseClock> clock(String purpose) {
        return subject.clock(purpose);
    }

    /** Stops the case's live clock of {@code purpose}, if any (a correction that no longer matters). */
    public void stopClock(String purpose) {
        subject.clock(purpose).ifPresent(k -> subject.stopClock(k, now));
    }

    private CaseClock live(String purpose) {
        return subject.clock(purpose).orElseThrow(() -> new Refused("该件没有正在计算的「" + purpose + "」时限"));
    }

    // ---------------------------------------------------------------- notices and lookups

    public void notifyDepartment(String department, String template, Object... arguments) {
        engine.notices().toDepartment(type, department, template, arguments);
    }

    public void notifyParty(CaseParty party, String template, Object... arguments) {
        engine.notices().toAddress(type, party.email(), template, arguments);
    }

    /** The department with this code, or 400 naming {@code field}. */
    public String department(String field, String code) {
        return engine.existingDepartment(field, code);
    }

    /** The department's name, for notes and mails a person reads. */
    public String departmentName(String code) {
        return engine.departmentName(code);
    }

    /** Another case of the same type, or 400 naming {@code field}. */
    public Case sameType(String field, long id) {
        return engine.sameType(subject, field, id);
    }

    public int workingDaysSince(LocalDate day) {
        return engine.workingDaysSince(day, today);
    }
}
