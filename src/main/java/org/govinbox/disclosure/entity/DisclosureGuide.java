package org.govinbox.disclosure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The disclosure guide (政府信息公开指南, Regulations Art. 12): one document, kept current by publishers; until it is
 * first saved, the portal shows the configured template.
 */
@Entity
@Table(name = "disclosure_guide")
public class DisclosureGuide {

    public static final int ID = 1;

    @Id
    private int id;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected DisclosureGuide() {
    }

    public DisclosureGuide(String body, String actor, Instant now) {
        this.id = ID;
        update(body, actor, now);
    }

    public void update(String body, String actor, Instant now) {
        this.body = body;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
