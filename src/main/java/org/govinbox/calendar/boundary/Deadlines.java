package org.govinbox.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.calendar.entity.Deadline;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.entity.Refused;

/**
 * The deadline engine every case type uses: start, pause, resume, restart and extend a clock, and tell how
 * much time is left. Runs inside the caller's transaction (the case's own change), so a due date is stored
 * exactly when the change that set it is. Refusals ({@link Refused}) become 409 with their reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deadlines {

    /** A clock's policy: its kind, its amount and the most it may be extended (read from config by the case type). */
    public record Policy(ClockKind kind, int amount, int maxExtension) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    public Deadline start(String ownerType, String ownerId, String purpose, Policy policy, LocalDate start, String actor) {
        Deadline deadline = Deadline.start(ownerType, ownerId, purpose, policy.kind(), policy.amount(),
                policy.maxExtension(), start, calendars.current(), actor, clock.instant());
        em.persist(deadline);
        em.flush(); // the id is the database's (identity column): the owner stores it
        return deadline;
    }

    public Deadline pause(long id, LocalDate on, String actor, String reason) {
        return change(id, d -> d.pause(on, actor, reason, clock.instant()));
    }

    public Deadline resume(long id, LocalDate on, String actor) {
        return change(id, d -> d.resume(on, calendars.current(), actor, clock.instant()));
    }

    public Deadline restart(long id, LocalDate on, String actor, String reason) {
        return change(id, d -> d.restart(on, calendars.current(), actor, reason, clock.instant()));
    }

    public Deadline extend(long id, int units, String approver, String reason) {
        return change(id, d -> d.extend(units, LocalDate.now(clock), calendars.current(), approver, reason, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Deadline.Remaining remaining(long id) {
        return find(id).remaining(LocalDate.now(clock), calendars.current());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deadline> of(String ownerType, String ownerId) {
        return em.createNamedQuery(Deadline.OF_OWNER, Deadline.class)
                .setParameter("type", ownerType).setParameter("id", ownerId).getResultList();
    }

    /** Ends the clock: its item was answered or closed. A finished clock is never recomputed (D7). */
    public Deadline finish(long id, String actor, String reason) {
        return change(id, d -> d.finish(actor, reason, clock.instant()));
    }

    private Deadline change(long id, java.util.function.Consumer<Deadline> change) {
        Deadline deadline = find(id);
        change.accept(deadline);
        return deadline;
    }

    private Deadline find(long id) {
        Deadline deadline = em.find(Deadline.class, id);
        if (deadline == null) {
            throw ProblemException.notFound("时限 " + id + " 不存在");
        }
        return deadline;
    }
}
