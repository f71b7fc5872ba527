package org.govinbox.disclosure.entity;

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

/** One line of an item's history, append-only (rule D3): who did what, when, from which state to which. */
@Entity
@Table(name = "disclosure_event")
public class DisclosureEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private DisclosureItem item;

    @Column(nullable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ItemState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ItemState toState;

    private String note;

    protected DisclosureEvent() {
    }

    DisclosureEvent(DisclosureItem item, int seq, Instant occurredAt, String actor, ItemAction action,
                    ItemState fromState, ItemState toState, String note) {
        this.item = item;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public int seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public ItemAction action() {
        return action;
    }

    public ItemState fromState() {
        return fromState;
    }

    public ItemState toState() {
        return toState;
    }

    public String note() {
        return note;
    }
}
