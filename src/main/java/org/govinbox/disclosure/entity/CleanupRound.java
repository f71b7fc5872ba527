package org.govinbox.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.govinbox.platform.entity.Refused;

/**
 * A clean-up round of normative documents (规范性文件清理): it lists the documents under review, each gets keep,
 * amend or repeal with a reason, and closing the round applies every decision at once (rule N2). A closed round
 * is never reopened.
 */
@Entity
@Table(name = "cleanup_round")
public class CleanupRound {

    public enum State { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected CleanupRound() {
    }

    public CleanupRound(String name, String actor, Instant now) {
        this.name = name;
        this.state = State.OPEN;
        this.openedAt = now;
        this.openedBy = actor;
    }

    public void mustBeOpen() {
        if (state != State.OPEN) {
            throw new Refused("清理轮次已于 " + closedAt + " 结束");
        }
    }

    public void close(String actor, Instant now) {
        mustBeOpen();
        state = State.CLOSED;
        closedAt = now;
        closedBy = actor;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
