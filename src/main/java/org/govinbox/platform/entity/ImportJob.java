package org.govinbox.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bulk import from a CSV or XLSX file — disclosure items, or cases from an earlier system — with its progress and
 * its per-row report. A file is imported whole or not at all: its {@code kind}'s importer says how.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum State {
        CHECKING("检查中"), IMPORTING("导入中"), DONE("已完成"), REJECTED("有错误，未导入"), FAILED("导入失败，未导入");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What is imported: DISCLOSURE, CASES. */
    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int imported;

    @Column(nullable = false)
    private int rejected;

    /** The rejected rows as JSON: [{"row","field","message"}]. */
    @Lob
    private String report;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String kind, String filename, String actor, Instant now) {
        this.kind = kind;
        this.filename = filename;
        this.state = State.CHECKING;
        this.startedAt = now;
        this.startedBy = actor;
    }

    public void progress(State state, int totalRows, int processed) {
        this.state = state;
        this.totalRows = totalRows;
        this.processed = processed;
    }

    public void finish(State state, int imported, int rejected, String report, Instant now) {
        this.state = state;
        this.imported = imported;
        this.rejected = rejected;
        this.report = report;
        this.finishedAt = now;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String filename() {
        return filename;
    }

    public State state() {
        return state;
    }

    public int totalRows() {
        return totalRows;
    }

    public int processed() {
        return processed;
    }

    public int imported() {
        return imported;
    }

    public int rejected() {
        return rejected;
    }

    public String report() {
        return report;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
