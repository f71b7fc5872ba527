package org.govinbox.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose State Council schedule has been imported: the calendar is official for it. */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = CalendarYear.ALL, query = "SELECT y FROM CalendarYear y ORDER BY y.year")
public class CalendarYear {

    public static final String ALL = "CalendarYear.all";

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(nullable = false)
    private boolean official;

    /** The notices' addresses, one per line. */
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, Instant importedAt, String importedBy) {
        this.year = year;
        reimported(source, importedAt, importedBy);
    }

    public final void reimported(String source, Instant importedAt, String importedBy) {
        this.official = true;
        this.source = source == null || source.length() <= 2000 ? source : source.substring(0, 2000);
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public int year() {
        return year;
    }

    public boolean official() {
        return official;
    }

    public String source() {
        return source;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
