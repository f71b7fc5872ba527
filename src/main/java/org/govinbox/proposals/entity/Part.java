package org.govinbox.proposals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A unit's part of an item handled separately (分办): its reply, held until the office has reviewed every part. */
@Entity
@Table(name = "motion_part")
public class Part {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.persistence.ManyToOne(optional = false)
    @jakarta.persistence.JoinColumn(name = "case_id")
    private Motion owner;

    @Column(nullable = false)
    private String department;

    @Lob
    @Column(name = "held_text")
    private String heldText;

    @Column(name = "held_class")
    private String heldClass;

    protected Part() {
    }

    Part(Motion owner, String department) {
        this.owner = owner;
        this.department = department;
    }

    void hold(String text, String replyClass) {
        heldText = text;
        heldClass = replyClass;
    }

    public String department() { return department; }
    public String heldText() { return heldText; }
    public String heldClass() { return heldClass; }
    public boolean held() { return heldText != null; }
}
