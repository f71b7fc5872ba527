package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The handling unit met or called a party (面商 / 电话 / 座谈 / 走访): when, who, what was said. 见面率 counts these. */
@Embeddable
public class Contact {

    @Column(nullable = false)
    private String how;

    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;

    @Column(name = "contacted_by", nullable = false)
    private String by;

    private String note;

    protected Contact() {
    }

    Contact(String how, LocalDate contactedOn, String by, String note) {
        this.how = how;
        this.contactedOn = contactedOn;
        this.by = by;
        this.note = note;
    }

    public String how() { return how; }
    public LocalDate contactedOn() { return contactedOn; }
    public String by() { return by; }
    public String note() { return note; }
}
