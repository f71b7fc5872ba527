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
 * N1: a message is marked sent only when the SMTP server accepted it. N2: a failed attempt is retried with
 * back-off (doubling from the first interval up to the maximum); nothing is dropped.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.DUE, query = "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now ORDER BY m.id")
@NamedQuery(name = OutboxMessage.PENDING_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL")
@NamedQuery(name = OutboxMessage.RETRYING_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.attempts > 0")
@NamedQuery(name = OutboxMessage.SENT_COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NOT NULL")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";
    public static final String PENDING_COUNT = "OutboxMessage.pendingCount";
    public static final String RETRYING_COUNT = "OutboxMessage.retryingCount";
    public static final String SENT_COUNT = "OutboxMessage.sentCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

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

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** N1 */
    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
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
}
