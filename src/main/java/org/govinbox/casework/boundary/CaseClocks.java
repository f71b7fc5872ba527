package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.calendar.boundary.Deadlines;
import org.govinbox.calendar.boundary.DueDateRecomputed;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.calendar.entity.Deadline;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.casework.entity.ClockRef;
import org.govinbox.casework.entity.Workflow;

/**
 * The clocks of cases on the calendar's deadlines: started, extended, paused and resumed with the change on both
 * histories; ended deadlines finished (so a calendar import never touches them, D7); due dates that an import
 * recomputed written on the case's history; and each due-soon and overdue reminder written once (K3).
 */
@ApplicationScoped
public class CaseClocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    Calendars calendars;

    @Inject
    CaseTypes types;

    @Inject
    CaseNotices notices;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseClock start(Case c, String purpose, String department, ClockKind kind, int amount, int maxExtension,
                           LocalDate on, String actor) {
        Deadline d = deadlines.start(c.type(), c.id().toString(), purpose, new Deadlines.Policy(kind, amount, maxExtension), on, actor);
        return c.startClock(purpose, department, ref(d), on);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extend(Case c, CaseClock k, int units, String actor, String reason) {
        c.moved(k, ref(deadlines.extend(k.deadlineId(), units, actor, reason)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(Case c, CaseClock k, LocalDate on, String actor, String reason) {
        deadlines.pause(k.deadlineId(), on, actor, reason);
        c.paused(k);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(Case c, CaseClock k, LocalDate on, String actor) {
        c.resumed(k, ref(deadlines.resume(k.deadlineId(), on, actor)));
    }

    /** Counts the full amount again from {@code on} (a corrected application …); a paused clock runs again (D3). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restart(Case c, CaseClock k, LocalDate on, String actor, String reason) {
        c.restarted(k, ref(deadlines.restart(k.deadlineId(), on, actor, reason)), on);
    }

    /** D7: the deadlines of clocks that ended (met or stopped) end too; finishing twice changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(Case c, String actor) {
        c.clocks().stream().filter(k -> !k.live()).forEach(k -> deadlines.finish(k.deadlineId(), actor,
                k.status() == CaseClock.Status.MET ? "已办结该时限" : "该时限停止"));
    }

    @Inject
    jakarta.enterprise.event.Event<CasesChanged> changed;

    /** A calendar import changed a provisional due date: a live clock takes it, on the case's history too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recomputed(@Observes DueDateRecomputed event) {
        em.createNamedQuery(CaseClock.BY_DEADLINE, CaseClock.class).setParameter("deadline", event.deadlineId())
                .getResultStream().filter(CaseClock::live).forEach(k -> {
                    Case c = k.owner();
                    Workflow workflow = types.of(c.type()).workflow();
                    LocalDate before = k.dueOn();
                    c.moved(k, new ClockRef(event.deadlineId(), event.after(), event.stillProvisional()));
                    if (workflow.transition(Workflow.RECOMPUTE).orElseThrow().allowedIn(c.state())) {
                        c.record(workflow, workflow.allowed(Workflow.RECOMPUTE, c.state()), null, "system", clock.instant(),
                                k.department(), "导入 " + event.year() + " 年工作日日历：期限由 " + before + " 改为 " + k.dueOn());
                    }
                    changed.fire(new CasesChanged(c.type(), java.util.List.of(c.id())));
                });
    }

    /** K3: each running clock due within its type's "due soon" days, or overdue, is reminded once (history and mail). */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int written = 0;
        LocalDate horizon = calendars.current().addWorkingDays(today, 30);
        for (CaseClock k : em.createNamedQuery(CaseClock.DUE, CaseClock.class)
                .setParameter("running", CaseClock.Status.RUNNING).setParameter("horizon", horizon).getResultList()) {
            Case c = k.owner();
            CaseType type = types.of(c.type());
            boolean overdue = k.overdue(today);
            boolean remind = overdue ? !k.overdueReminded() : !k.dueSoonReminded() && dueSoon(k.dueOn(), today, type.policy());
            Workflow workflow = type.workflow();
            if (!remind || !workflow.transition(Workflow.REMIND).orElseThrow().allowedIn(c.state())) {
                continue;
            }
            k.reminded(overdue);
            c.record(workflow, workflow.allowed(Workflow.REMIND, c.state()), null, "system", now,
                    k.department() != null ? k.department() : c.leadDepartment(),
                    (overdue ? "已超过办理期限（" : "即将到期（") + k.dueOn() + "）");
            notices.reminder(type, c, k, overdue ? "OVERDUE" : "DUE_SOON");
            written++;
        }
        return written;
    }

    /** P3 of the policy: due within its "due soon" working days, not yet overdue. */
    boolean dueSoon(LocalDate dueOn, LocalDate today, org.govinbox.casework.control.CasePolicy policy) {
        return !today.isAfter(dueOn) && policy.dueSoon(calendars.workingDaysAfter(today, dueOn));
    }

    /** The first day that is no longer "due soon" under {@code policy} (P3): due dates before it and from today are. */
    LocalDate dueSoonHorizon(LocalDate today, org.govinbox.casework.control.CasePolicy policy) {
        return calendars.current().addWorkingDays(today, policy.dueSoonWithin());
    }

    static ClockRef ref(Deadline deadline) {
        return new ClockRef(deadline.id(), deadline.dueOn(), deadline.provisional());
    }
}
