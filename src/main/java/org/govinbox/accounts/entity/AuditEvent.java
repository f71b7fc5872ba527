package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which object, with what result, from where.
 * Append-only: nothing updates or deletes an event; the sealer only links it into the hash chain once
 * ({@link #seal}), after which {@link #canonical()} and the chain make any later edit visible.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.NEWEST_FIRST, query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
@NamedQuery(name = AuditEvent.UNSEALED, query = "SELECT e FROM AuditEvent e WHERE e.chainSeq IS NULL ORDER BY e.id")
@NamedQuery(name = AuditEvent.UNSEALED_COUNT, query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.chainSeq IS NULL")
@NamedQuery(name = AuditEvent.IN_CHAIN_ORDER, query = "SELECT e FROM AuditEvent e WHERE e.chainSeq > :after ORDER BY e.chainSeq")
public class AuditEvent {

    public static final String NEWEST_FIRST = "AuditEvent.newestFirst";
    public static final String COUNT = "AuditEvent.count";
    public static final String UNSEALED = "AuditEvent.unsealed";
    public static final String UNSEALED_COUNT = "AuditEvent.unsealedCount";
    public static final String IN_CHAIN_ORDER = "AuditEvent.inChainOrder";

    public enum Result { SUCCESS, FAILURE, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Result result;

    @Column(name = "client_address")
    private String clientAddress;

    private String detail;

    /** The event's place in the hash chain; null until sealed. */
    @Column(name = "chain_seq")
    private Long chainSeq;

    /** SHA-256 over the previous link's hash and this event's {@link #canonical()} form. */
    @Column(name = "chain_hash")
    private String chainHash;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String objectType, String objectId,
                      Result result, String clientAddress, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.result = result;
        this.clientAddress = clientAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    /** Links the event into the chain (once). */
    public void seal(long seq, String hash) {
        if (chainSeq != null) {
            throw new IllegalStateException("audit event " + id + " is sealed already");
        }
        chainSeq = seq;
        chainHash = hash;
    }

    /** Every recorded field, unambiguously joined: what the chain's hash covers. */
    public String canonical() {
        return String.join("\u001f", String.valueOf(id), String.valueOf(occurredAt.toEpochMilli()), String.valueOf(actor),
                action, String.valueOf(objectType), String.valueOf(objectId), result.name(), String.valueOf(clientAddress),
                String.valueOf(detail));
    }

    public Long chainSeq() {
        return chainSeq;
    }

    public String chainHash() {
        return chainHash;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public Result result() {
        return result;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String detail() {
        return detail;
    }
}
