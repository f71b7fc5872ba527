package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's history, append-only: who did what, when, from which state to which, for which department. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case owner;

    /** The event's place in its case's history: insert order within one commit is not the database's to keep. */
    @Column(nullable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    /** The action's code in its type's workflow. */
    @Column(nullable = false)
    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state", nullable = false)
    private String toState;

    private String department;

    private String note;

    protected CaseEvent() {
    }

    CaseEvent(Case owner, int seq, Instant occurredAt, String actor, String action, String fromState,
              String toState, String department, String note) {
        this.owner = owner;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.department = department;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
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

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String department() {
        return department;
    }

    public String note() {
        return note;
    }
}
