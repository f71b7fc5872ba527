package org.govinbox.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.govinbox.notification.control.Addresses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.notification.control.Templates;
import org.govinbox.notification.entity.OutboxMessage;

/**
 * Mail to be sent: every component writes here inside its own transaction (so a rolled-back change sends
 * nothing), and {@link MailSender} delivers after commit. Mail is never sent inside a business transaction.
 */
@ApplicationScoped
public class Outbox {

    /** Queue sizes, for the administrator and the tests: waiting, of those already tried and failed, sent, dead. */
    public record Status(long pending, long retrying, long sent, long dead) {
    }

    /** A message that will not be delivered (N3), as the administrator sees it: the address masked. */
    public record Dead(long id, String recipient, String subject, int attempts, String lastError,
                       java.time.Instant createdAt, java.time.Instant deadAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisationName;

    @Inject
    @ConfigProperty(name = "govinbox.smtp.sender")
    String sender;

    /**
     * Queues {@code template} of the classpath resource {@code templates}, filled with {@code arguments} and, as its
     * last argument, the organisation's name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String templates, String template, Object... arguments) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        Object[] withSignature = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        withSignature[arguments.length] = organisationName;
        Templates.Mail mail = Templates.fill(templates, template, withSignature);
        em.persist(new OutboxMessage(recipient.trim(), mail.subject(), mail.body(), Addresses.messageId(sender),
                clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public org.govinbox.platform.boundary.Page<Dead> dead(int page, int size) {
        List<Dead> items = em.createNamedQuery(OutboxMessage.DEAD, OutboxMessage.class)
                .setFirstResult(org.govinbox.platform.boundary.Page.firstRow(page, size)).setMaxResults(size)
                .getResultStream().map(m -> new Dead(m.id(), Addresses.masked(m.recipient()), m.subject(), m.attempts(),
                        m.lastError(), m.createdAt(), m.deadAt())).toList();
        return new org.govinbox.platform.boundary.Page<>(
                em.createNamedQuery(OutboxMessage.DEAD_COUNT, Long.class).getSingleResult(), page, size, items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status() {
        return new Status(em.createNamedQuery(OutboxMessage.PENDING_COUNT, Long.class).getSingleResult(),
                em.createNamedQuery(OutboxMessage.RETRYING_COUNT, Long.class).getSingleResult(),
                em.createNamedQuery(OutboxMessage.SENT_COUNT, Long.class).getSingleResult(),
                em.createNamedQuery(OutboxMessage.DEAD_COUNT, Long.class).getSingleResult());
    }

    /**
     * P3: the addresses of messages that are done with (sent or dead) replaced by a mark, so that an erased person's
     * address does not outlive their case here; mail still waiting keeps its address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(java.util.Collection<String> addresses, String mark) {
        List<String> wanted = addresses.stream().filter(a -> a != null && !a.isBlank()).map(String::trim).distinct().toList();
        if (wanted.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE OutboxMessage m SET m.recipient = :mark WHERE m.recipient IN :addresses"
                        + " AND (m.sentAt IS NOT NULL OR m.deadAt IS NOT NULL)")
                .setParameter("mark", mark).setParameter("addresses", wanted).executeUpdate();
    }
}
