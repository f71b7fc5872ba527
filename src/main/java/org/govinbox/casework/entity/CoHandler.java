package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A co-handling department (协办) and, once sent, its opinion to the lead. */
@Embeddable
public class CoHandler {

    @Column(nullable = false)
    private String department;

    private String opinion;

    protected CoHandler() {
    }

    public CoHandler(String department) {
        this.department = department;
    }

    public String department() {
        return department;
    }

    public String opinion() {
        return opinion;
    }

    void opine(String opinion) {
        this.opinion = opinion;
    }
}
