package org.govinbox.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a year's annual disclosure report was published, as which disclosure item, by whom and when (once a year). */
@Entity
@Table(name = "annual_report")
public class AnnualReportPublication {

    @Id
    @Column(name = "report_year")
    private int year;

    @Column(name = "published_item", nullable = false)
    private long item;

    @Column(name = "published_by", nullable = false)
    private String by;

    @Column(name = "published_at", nullable = false)
    private Instant at;

    protected AnnualReportPublication() {
    }

    public AnnualReportPublication(int year, long item, String by, Instant at) {
        this.year = year;
        this.item = item;
        this.by = by;
        this.at = at;
    }

    public int year() { return year; }
    public long item() { return item; }
    public String by() { return by; }
    public Instant at() { return at; }
}
