package org.govinbox.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One delivery of a request's decision letter (送达): how, on which day, recorded by whom. */
@Embeddable
public class Delivery {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMethod method;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    private String note;

    protected Delivery() {
    }

    public Delivery(DeliveryMethod method, LocalDate deliveredOn, String recordedBy, String note) {
        this.method = method;
        this.deliveredOn = deliveredOn;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    public DeliveryMethod method() { return method; }
    public LocalDate deliveredOn() { return deliveredOn; }
    public String recordedBy() { return recordedBy; }
    public String note() { return note; }
}
