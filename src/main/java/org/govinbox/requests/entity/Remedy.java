package org.govinbox.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrative reconsideration (行政复议) or lawsuit (行政诉讼) against a request's decision, and how it ended
 * so far: the columns of table 四 of the annual report. A lawsuit after reconsideration is counted apart.
 */
@Embeddable
public class Remedy {

    public enum Kind {
        RECONSIDERATION("行政复议"), LITIGATION("行政诉讼（未经复议直接起诉）"),
        LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Result {
        MAINTAINED("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_kind", nullable = false)
    private Kind kind;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Result result;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Remedy() {
    }

    public Remedy(Kind kind, LocalDate filedOn, Result result, LocalDate concludedOn, String note, String recordedBy,
                  Instant recordedAt) {
        this.kind = kind;
        this.filedOn = filedOn;
        this.result = result;
        this.concludedOn = concludedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Kind kind() { return kind; }
    public LocalDate filedOn() { return filedOn; }
    public Result result() { return result; }
    public LocalDate concludedOn() { return concludedOn; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
