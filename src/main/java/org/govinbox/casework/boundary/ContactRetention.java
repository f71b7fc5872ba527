package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.notification.boundary.Outbox;

/**
 * P3: a type's {@code govinbox.case.<type>.contact-retention-days} after a case was closed (its last step, in a state
 * that is not open), the names, phone numbers, e-mail addresses and affiliations of its parties are erased, and so are
 * their addresses on mail already sent; the case itself, its history and what statistics count stay. Each erasure is
 * a step of the case's history ({@value Workflow#ERASE_CONTACT}) and a line of the audit trail. A type without the
 * setting keeps its parties' data.
 */
@ApplicationScoped
public class ContactRetention {

    /** A type's rule and how many of its cases are due for erasure now. */
    public record Rule(String type, String typeName, Integer days, long due) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes types;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<CasesChanged> changed;

    public static Optional<Integer> days(String type) {
        return ConfigProvider.getConfig().getOptionalValue(
                "govinbox.case." + type.toLowerCase(java.util.Locale.ROOT) + ".contact-retention-days", Integer.class)
                .filter(d -> d >= 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (CaseType type : types.all()) {
            Optional<Integer> days = days(type.code());
            rules.add(new Rule(type.code(), type.name(), days.orElse(null),
                    days.map(d -> (long) due(type, cutoff(d), Integer.MAX_VALUE).size()).orElse(0L)));
        }
        return rules;
    }

    /** Erases up to {@code max} due cases of {@code type}, in one transaction; the number erased. */
    @Transactional
    public int eraseDue(CaseType type, int max) {
        Optional<Integer> days = days(type.code());
        if (days.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> erased = new ArrayList<>();
        for (Long id : due(type, cutoff(days.get()), max)) {
            Case c = em.find(Case.class, id);
            List<String> addresses = c.parties().stream().map(CaseParty::email).toList();
            if (!c.eraseContacts(now)) {
                continue;
            }
            outbox.forget(addresses, CaseParty.ERASED);
            Workflow workflow = type.workflow();
            c.record(workflow, workflow.allowed(Workflow.ERASE_CONTACT, c.state()), null, "system", now, null,
                    "办结满 " + days.get() + " 天，联系人姓名和联系方式已删除");
            audit.record("system", "case.erase-contact", "case", id.toString(), AuditEvent.Result.SUCCESS,
                    type.name() + "：保存期限（" + days.get() + " 天）届满，删除联系人姓名和联系方式");
            erased.add(id);
        }
        if (!erased.isEmpty()) {
            changed.fire(new CasesChanged(type.code(), erased));
        }
        return erased.size();
    }

    private Instant cutoff(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    /** Closed cases of the type whose last step is before {@code cutoff} and whose parties are not all erased. */
    private List<Long> due(CaseType type, Instant cutoff, int max) {
        List<String> closed = type.workflow().states().stream().filter(s -> !s.open()).map(Workflow.State::code).toList();
        if (closed.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.id FROM Case c WHERE c.type = :type AND c.state IN :closed"
                        + " AND EXISTS (SELECT p FROM CaseParty p WHERE p.owner = c AND p.contactErasedAt IS NULL)"
                        + " AND NOT EXISTS (SELECT e FROM CaseEvent e WHERE e.owner = c AND e.occurredAt >= :cutoff)"
                        + " ORDER BY c.id", Long.class)
                .setParameter("type", type.code()).setParameter("closed", closed).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }
}
