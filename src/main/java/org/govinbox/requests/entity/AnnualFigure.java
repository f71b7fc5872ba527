package org.govinbox.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A figure of the annual report's table 二 that no record here holds and staff enter: licensing, penalty and
 * enforcement decisions of the year, the year's administrative fees (万元), and rules (规章) where the
 * organisation makes them. Who last changed it, and when.
 */
@Entity
@Table(name = "annual_report_figure")
@IdClass(AnnualFigure.Key.class)
public class AnnualFigure {

    /** The key: the year and the figure's name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public int year;
        public String figure;

        public Key() {
        }

        public Key(int year, String figure) {
            this.year = year;
            this.figure = figure;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && java.util.Objects.equals(k.figure, figure);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(year, figure);
        }
    }

    @Id
    @Column(name = "report_year")
    private int year;

    @Id
    private String figure;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AnnualFigure() {
    }

    public AnnualFigure(int year, String figure, BigDecimal amount, String by, Instant at) {
        this.year = year;
        this.figure = figure;
        change(amount, by, at);
    }

    public void change(BigDecimal value, String by, Instant at) {
        amount = value;
        changedBy = by;
        changedAt = at;
    }

    public int year() { return year; }
    public String figure() { return figure; }
    public BigDecimal amount() { return amount; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
