package org.govinbox.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One normative document under review in a clean-up round, and the decision on it (none yet, until decided). */
@Entity
@Table(name = "cleanup_review")
@IdClass(CleanupReview.Key.class)
public class CleanupReview {

    public enum Decision {
        KEEP("继续有效"), AMEND("修改"), REPEAL("废止");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static class Key implements Serializable {
        public long roundId;
        public long itemId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.roundId == roundId && k.itemId == itemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, itemId);
        }
    }

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;

    protected CleanupReview() {
    }

    public CleanupReview(long roundId, long itemId) {
        this.roundId = roundId;
        this.itemId = itemId;
    }

    public void decide(Decision decision, String reason) {
        this.decision = decision;
        this.reason = reason;
    }

    public long roundId() {
        return roundId;
    }

    public long itemId() {
        return itemId;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }
}
