package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.platform.boundary.Page;

/**
 * The audit trail every component writes to.
 * <p>
 * R6: a state change records its event in the same transaction as the change ({@code MANDATORY}), so an
 * event exists exactly when the change does. A refused access is recorded on its own.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A successful change made by the signed-in caller (R6). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, String objectId, String detail) {
        record(caller.username(), action, objectType, objectId, AuditEvent.Result.SUCCESS, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, String objectId, AuditEvent.Result result,
                       String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, objectType, objectId, result,
                caller.clientAddress(), detail));
    }

    /** A signed-in caller tried something their roles do not allow. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String action, String detail) {
        record(caller.username(), action, null, null, AuditEvent.Result.DENIED, detail);
    }

    /** Events in the order an auditor reads them: newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditView> newestFirst(int page, int size) {
        long total = em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
        List<AuditView> items = em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                .setFirstResult(Page.firstRow(page, size))
                .setMaxResults(size)
                .getResultStream()
                .map(AuditView::of)
                .toList();
        return new Page<>(total, page, size, items);
    }

    public record AuditView(long id, Instant occurredAt, String actor, String action, String objectType,
                            String objectId, String result, String clientAddress, String detail) {
        static AuditView of(AuditEvent e) {
            return new AuditView(e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                    e.result().name(), e.clientAddress(), e.detail());
        }
    }
}
