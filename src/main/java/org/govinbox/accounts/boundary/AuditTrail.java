package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.govinbox.accounts.entity.AuditChain;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.platform.boundary.Page;

/**
 * The audit trail every component writes to.
 * <p>
 * R6: a state change records its event in the same transaction as the change ({@code MANDATORY}), so an
 * event exists exactly when the change does. A refused access is recorded on its own.
 * A1: committed events are linked into a hash chain in the order they are sealed ({@link #seal}, every few
 * seconds), and {@link #verify} walks the chain: an edited, removed or inserted event breaks it.
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

    /** A1: links up to {@code limit} committed, unsealed events into the chain, oldest first; how many. */
    @Transactional
    public int seal(int limit) {
        List<AuditEvent> unsealed = em.createNamedQuery(AuditEvent.UNSEALED, AuditEvent.class).setMaxResults(limit)
                .getResultList();
        if (unsealed.isEmpty()) {
            return 0;
        }
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int sealed = 0;
        for (AuditEvent event : unsealed) {
            em.refresh(event);
            if (event.chainSeq() == null) {
                head.append(event);
                sealed++;
            }
        }
        return sealed;
    }

    /** The chain's last link. */
    public record Head(long seq, String hash) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Head head() {
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD);
        return new Head(head.lastSeq(), head.lastHash());
    }

    /** What a walk over the chain found: intact, or the first link that does not hold and why. */
    public record Verification(boolean intact, long checked, long unsealed, long lastSeq, Long brokenAtEvent,
                               Long brokenAtLink, String problem) {
    }

    /** A1: recomputes every link from the first; stops at the first that does not hold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        AuditChain head = em.find(AuditChain.class, AuditChain.HEAD);
        long unsealed = em.createNamedQuery(AuditEvent.UNSEALED_COUNT, Long.class).getSingleResult();
        String previous = AuditChain.GENESIS;
        long expected = 1;
        while (true) {
            List<AuditEvent> batch = em.createNamedQuery(AuditEvent.IN_CHAIN_ORDER, AuditEvent.class)
                    .setParameter("after", expected - 1).setMaxResults(1000).getResultList();
            for (AuditEvent e : batch) {
                if (e.chainSeq() != expected) {
                    return new Verification(false, expected - 1, unsealed, head.lastSeq(), e.id(), expected,
                            "第 " + expected + " 环缺失（审计记录被删除）");
                }
                if (!AuditChain.link(previous, e).equals(e.chainHash())) {
                    return new Verification(false, expected - 1, unsealed, head.lastSeq(), e.id(), expected,
                            "第 " + e.id() + " 条审计记录的内容与封存时不一致（被改动）");
                }
                previous = e.chainHash();
                expected++;
            }
            em.clear();
            if (batch.size() < 1000) {
                break;
            }
        }
        long checked = expected - 1;
        if (checked != head.lastSeq() || !previous.equals(head.lastHash())) {
            return new Verification(false, checked, unsealed, head.lastSeq(), null, checked + 1,
                    "链尾与记录的链头不一致（第 " + (checked + 1) + " 至 " + head.lastSeq() + " 环缺失或被改动）");
        }
        return new Verification(true, checked, unsealed, head.lastSeq(), null, null, null);
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
