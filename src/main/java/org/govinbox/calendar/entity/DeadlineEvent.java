package org.govinbox.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step in a deadline's life, append-only: who, when, what, and the due date before and after. */
@Entity
@Table(name = "deadline_event")
public class DeadlineEvent {

    public enum Action { STARTED, PAUSED, RESUMED, RESTARTED, EXTENDED, RECOMPUTED, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "deadline_id")
    private Deadline deadline;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String actor;

    private String detail;

    @Column(name = "due_before")
    private LocalDate dueBefore;

    @Column(name = "due_after")
    private LocalDate dueAfter;

    protected DeadlineEvent() {
    }

    DeadlineEvent(Deadline deadline, Instant occurredAt, Action action, String actor, String detail,
                  LocalDate dueBefore, LocalDate dueAfter) {
        this.deadline = deadline;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }

    public LocalDate dueBefore() {
        return dueBefore;
    }

    public LocalDate dueAfter() {
        return dueAfter;
    }
}
