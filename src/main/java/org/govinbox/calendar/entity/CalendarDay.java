package org.govinbox.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A listed day of the working-day calendar: a holiday, or a weekend day made a working day (调休上班).
 * Days not listed follow the normal rule (Monday to Friday work). Holidays are data, never code.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "SELECT d FROM CalendarDay d ORDER BY d.day")
@NamedQuery(name = CalendarDay.DELETE_YEAR, query = "DELETE FROM CalendarDay d WHERE d.year = :year")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";
    public static final String DELETE_YEAR = "CalendarDay.deleteYear";

    @Id
    private LocalDate day;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.year = day.getYear();
        this.kind = kind;
        this.name = name;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
