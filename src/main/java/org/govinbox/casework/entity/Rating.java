package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A party's rating of the reply of one round (满意 / 基本满意 / 不满意), kept for good. */
@Embeddable
public class Rating {

    @Column(name = "round_no", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseParty.Satisfaction satisfaction;

    @Column(name = "rating_comment")
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {
    }

    Rating(int round, CaseParty.Satisfaction satisfaction, String comment, Instant ratedAt) {
        this.round = round;
        this.satisfaction = satisfaction;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public int round() { return round; }
    public CaseParty.Satisfaction satisfaction() { return satisfaction; }
    public String comment() { return comment; }
    public Instant ratedAt() { return ratedAt; }
}
