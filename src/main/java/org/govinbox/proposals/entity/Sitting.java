package org.govinbox.proposals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sitting (届次会议) of the people's congress or the CPPCC committee, e.g. 区第十八届人民代表大会第四次会议: the items
 * handed over at its assignment meeting are numbered within it. Data, created by an administrator.
 */
@Entity
@Table(name = "sitting")
@NamedQuery(name = Sitting.ALL, query = "SELECT s FROM Sitting s ORDER BY s.year DESC, s.id DESC")
@NamedQuery(name = Sitting.BY_NAME, query = "SELECT s FROM Sitting s WHERE s.assembly = :assembly AND s.name = :name")
public class Sitting {

    public static final String ALL = "Sitting.all";
    public static final String BY_NAME = "Sitting.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Assembly assembly;

    @Column(nullable = false)
    private String name;

    @Column(name = "sitting_year", nullable = false)
    private int year;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Sitting() {
    }

    public Sitting(Assembly assembly, String name, int year, Instant createdAt) {
        this.assembly = assembly;
        this.name = name;
        this.year = year;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public Assembly assembly() { return assembly; }
    public String name() { return name; }
    public int year() { return year; }
    public Instant createdAt() { return createdAt; }
}
