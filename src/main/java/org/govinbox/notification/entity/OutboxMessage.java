package org.govinbox.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail to send, written in the same transaction as the change it reports and sent after commit.
 * <p>
 * N1: a message is marked sent only when the SMTP server accepted it; its body (which may hold a query secret and
 * a name) is then purged, only the envelope stays. N2: a failed attempt is retried with back-off (doubling from the
 * first interval up to the maximum). N3: a message the receiving side refused permanently (5xx) a number of times,
 * or that could not be delivered for too long, is dead: no more attempts, its body purged, counted for the
 * administrator. N4: one Message-ID from the start, the same on every attempt.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.DUE, query = "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.deadAt IS NULL AND m.nextAttemptAt <= :now ORDER BY m.id")
@NamedQuery(name = OutboxMessage.PENDING_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.deadAt IS NULL")
@NamedQuery(name = OutboxMessage.RETRYING_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.deadAt IS NULL AND m.attempts > 0")
@NamedQuery(name = OutboxMessage.DEAD_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.deadAt IS NOT NULL")
@NamedQuery(name = OutboxMessage.DEAD, query = "SELECT m FROM OutboxMessage m WHERE m.deadAt IS NOT NULL ORDER BY m.deadAt DESC, m.id DESC")
@NamedQuery(name = OutboxMessage.SENT_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NOT NULL")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";
    public static final String PENDING_COUNT = "OutboxMessage.pendingCount";
    public static final String RETRYING_COUNT = "OutboxMessage.retryingCount";
    public static final String SENT_COUNT = "OutboxMessage.sentCount";
    public static final String DEAD_COUNT = "OutboxMessage.deadCount";
    public static final String DEAD = "OutboxMessage.dead";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    /** Null once sent or dead (N1, N3). */
    @Lob
    private String body;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "permanent_failures", nullable = false)
    private int permanentFailures;

    @Column(name = "dead_at")
    private Instant deadAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    /** N4: {@code messageId} is the whole header value, {@code <…@domain>}. */
    public OutboxMessage(String recipient, String subject, String body, String messageId, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.messageId = messageId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** N1 */
    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
        body = null;
    }

    /**
     * N2, N3: a failed attempt; {@code permanent} when the receiving side refused it for good (a 5xx answer, an
     * address that cannot be written). Dead after {@code deadAfterPermanent} permanent refusals, or when the message
     * is older than {@code giveUpAfter}; true when it died now.
     */
    public boolean failed(Instant at, String error, boolean permanent, Duration first, Duration max,
                          int deadAfterPermanent, Duration giveUpAfter) {
        failed(at, error, first, max);
        if (permanent) {
            permanentFailures++;
        }
        if (permanentFailures >= deadAfterPermanent || !at.isBefore(createdAt.plus(giveUpAfter))) {
            deadAt = at;
            body = null;
            return true;
        }
        return false;
    }

    /** N2: the next attempt waits first × 2^(attempts−1), at most {@code max}. */
    public void failed(Instant at, String error, Duration first, Duration max) {
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = first.multipliedBy(factor);
        nextAttemptAt = at.plus(wait.compareTo(max) > 0 ? max : wait);
        lastError = error == null ? null : error.length() <= 200 ? error : error.substring(0, 200);
    }

    public Long id() { return id; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant sentAt() { return sentAt; }
    public String lastError() { return lastError; }
    public String messageId() { return messageId; }
    public int permanentFailures() { return permanentFailures; }
    public Instant deadAt() { return deadAt; }
    public Instant createdAt() { return createdAt; }
}
