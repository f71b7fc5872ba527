package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reply as it went out, a record of its own and never changed: its round (1 the first, 2 after the first
 * 不满意 …), which unit sent it, who, when, the text, the due date it answered and whether it was on time —
 * frozen when sent (C4). A re-handling round adds a reply and keeps the earlier ones: these are what on-time
 * rates count.
 */
@Entity
@Table(name = "case_reply")
public class CaseReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case owner;

    @Column(name = "round_no", nullable = false)
    private int round;

    private String department;

    @Column(nullable = false)
    private String actor;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Lob
    @Column(name = "reply_text", nullable = false)
    private String text;

    /** The due date the reply answered (null when no clock ran). */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "on_time", nullable = false)
    private boolean onTime;

    /** A class some types give a reply (e.g. A–D for NPC suggestions); null for the others. */
    @Column(name = "reply_class")
    private String replyClass;

    protected CaseReply() {
    }

    CaseReply(Case owner, int round, String department, String actor, Instant sentAt, String text, LocalDate dueOn,
              boolean onTime, String replyClass) {
        this.owner = owner;
        this.round = round;
        this.department = department;
        this.actor = actor;
        this.sentAt = sentAt;
        this.text = text;
        this.dueOn = dueOn;
        this.onTime = onTime;
        this.replyClass = replyClass;
    }

    public int round() { return round; }
    public String department() { return department; }
    public String actor() { return actor; }
    public Instant sentAt() { return sentAt; }
    public String text() { return text; }
    public LocalDate dueOn() { return dueOn; }
    public boolean onTime() { return onTime; }
    public String replyClass() { return replyClass; }
}
