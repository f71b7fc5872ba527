package org.govinbox.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One legal time limit of a case with its purpose — accept, reply, a co-handler's opinion, a correction, a
 * re-handling round … — running on a stored {@code Deadline} of the calendar component. A case may run several
 * at once (the lead's reply and each co-handler's opinion).
 * <p>
 * K1: when the clock is met its timeliness is frozen (on time = met on or before the due date it had then) and
 * never recomputed; K2: a met or stopped clock no longer changes, nor is it reminded; K3: each due-soon and each
 * overdue reminder is written once per due date.
 */
@Entity
@Table(name = "case_clock")
@NamedQuery(name = CaseClock.DUE, query = "SELECT k FROM CaseClock k WHERE k.status = :running AND k.dueOn <= :horizon "
        + "AND (k.dueSoonReminded = false OR k.overdueReminded = false) ORDER BY k.id")
@NamedQuery(name = CaseClock.BY_DEADLINE, query = "SELECT k FROM CaseClock k WHERE k.deadlineId = :deadline")
public class CaseClock {

    public static final String DUE = "CaseClock.due";
    public static final String BY_DEADLINE = "CaseClock.byDeadline";

    public enum Status { RUNNING, PAUSED, MET, STOPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case owner;

    @Column(nullable = false)
    private String purpose;

    /** Whose clock it is when not the case's as a whole (a co-handler's opinion). */
    private String department;

    @Column(name = "deadline_id", nullable = false)
    private long deadlineId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean provisional;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "due_soon_reminded", nullable = false)
    private boolean dueSoonReminded;

    @Column(name = "overdue_reminded", nullable = false)
    private boolean overdueReminded;

    protected CaseClock() {
    }

    CaseClock(Case owner, String purpose, String department, ClockRef ref, LocalDate startedOn) {
        this.owner = owner;
        this.purpose = purpose;
        this.department = department;
        this.startedOn = startedOn;
        this.status = Status.RUNNING;
        moved(ref);
    }

    /** A new due date: extended, resumed, restarted or recomputed (K3: reminders start again). */
    void moved(ClockRef ref) {
        deadlineId = ref.deadlineId();
        dueOn = ref.dueOn();
        provisional = ref.provisional();
        dueSoonReminded = false;
        overdueReminded = false;
    }

    /** Counted afresh from {@code on} (a corrected application): a new start and a new due date. */
    void restarted(ClockRef ref, LocalDate on) {
        startedOn = on;
        if (status == Status.PAUSED) {
            status = Status.RUNNING;
        }
        moved(ref);
    }

    /** K1 */
    void met(Instant at, LocalDate on) {
        mustRun();
        status = Status.MET;
        endedAt = at;
        onTime = !on.isAfter(dueOn);
    }

    void stopped(Instant at) {
        if (running() || status == Status.PAUSED) {
            status = Status.STOPPED;
            endedAt = at;
        }
    }

    void paused() {
        mustRun();
        status = Status.PAUSED;
    }

    void resumed(ClockRef ref) {
        if (status != Status.PAUSED) {
            throw new org.govinbox.platform.entity.Refused("时限没有暂停");
        }
        status = Status.RUNNING;
        moved(ref);
    }

    /** K3 */
    public void reminded(boolean overdue) {
        dueSoonReminded = true;
        overdueReminded |= overdue;
    }

    private void mustRun() {
        if (!running()) {
            throw new org.govinbox.platform.entity.Refused("「" + purpose + "」时限已结束或暂停");
        }
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    public boolean live() {
        return status == Status.RUNNING || status == Status.PAUSED;
    }

    public boolean overdue(LocalDate today) {
        return running() && today.isAfter(dueOn);
    }

    public Long id() { return id; }
    public Case owner() { return owner; }
    public String purpose() { return purpose; }
    public String department() { return department; }
    public long deadlineId() { return deadlineId; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean provisional() { return provisional; }
    public Status status() { return status; }
    public Instant endedAt() { return endedAt; }
    public Boolean onTime() { return onTime; }
    public boolean dueSoonReminded() { return dueSoonReminded; }
    public boolean overdueReminded() { return overdueReminded; }
}
