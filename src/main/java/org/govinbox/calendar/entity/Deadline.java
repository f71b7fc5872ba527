package org.govinbox.calendar.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar.Due;
import org.govinbox.platform.entity.Refused;

/**
 * One legal time limit of one item (a letter's reply, a disclosure request's answer …): the clock every case
 * type shares. Nothing here knows a case type; the owner is named by type and id.
 * <p>
 * D1: the due date is stored when the clock starts, restarts, resumes or is extended, never recomputed on read.
 * D2: paused time does not count: on resume the due date moves by the clock's units in (paused, resumed].
 * D3: a restart counts the full amount again from the new start, without earlier extensions or pauses.
 * D4: extensions add up to at most the policy's maximum, each with an approver and a reason; beyond → refused.
 * D5: a due date that rests on a year without official calendar data is provisional; when that year is
 * imported only provisional due dates are recomputed, and each change is written to the history.
 * D6: days left and overdue are told in the clock's own unit (working days, or calendar days).
 * D7: a clock ends when its item is answered or closed; an ended clock is history: never recomputed, paused,
 * resumed or extended. D8: a clock is paused or extended only on or before its due date — after it, the limit
 * has been missed and no later decision turns a late answer into a timely one.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(name = Deadline.PROVISIONAL, query = "SELECT d FROM Deadline d WHERE d.provisional = true AND d.finishedAt IS NULL ORDER BY d.id")
@NamedQuery(name = Deadline.OF_OWNER,
        query = "SELECT d FROM Deadline d WHERE d.ownerType = :type AND d.ownerId = :id ORDER BY d.id")
public class Deadline {

    public static final String PROVISIONAL = "Deadline.provisional";
    public static final String OF_OWNER = "Deadline.ofOwner";

    /** How much time is left, or how far past due, in the clock's unit (D6). */
    public record Remaining(LocalDate dueOn, int units, ClockKind unit, boolean overdue, boolean paused,
                            boolean provisional) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_type", nullable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    /** What the limit is for, e.g. ACCEPT or REPLY. */
    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClockKind kind;

    @Column(nullable = false)
    private int amount;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false)
    private int extension;

    @Column(name = "max_extension", nullable = false)
    private int maxExtension;

    /** Units not counted because the clock was paused (working days, or calendar days for the other clocks). */
    @Column(name = "paused_units", nullable = false)
    private int pausedUnits;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean provisional;

    /** D7: when the clock ended (its item answered or closed); null while it runs. */
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "deadline", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DeadlineEvent> history = new ArrayList<>();

    protected Deadline() {
    }

    private Deadline(String ownerType, String ownerId, String purpose, ClockKind kind, int amount, int maxExtension) {
        if (amount < 1 || maxExtension < 0) {
            throw new IllegalArgumentException("a clock needs a positive amount and a non-negative maximum extension");
        }
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.purpose = purpose;
        this.kind = kind;
        this.amount = amount;
        this.maxExtension = maxExtension;
    }

    /** Starts a clock of {@code amount} units on {@code start} (D1). */
    public static Deadline start(String ownerType, String ownerId, String purpose, ClockKind kind, int amount,
                                 int maxExtension, LocalDate start, WorkingDayCalendar calendar, String actor, Instant at) {
        Deadline deadline = new Deadline(ownerType, ownerId, purpose, kind, amount, maxExtension);
        deadline.startedOn = start;
        deadline.recalculate(calendar);
        deadline.record(at, DeadlineEvent.Action.STARTED, actor, amount + kind.unit() + "，自 " + start + " 起算", null);
        return deadline;
    }

    public void pause(LocalDate on, String actor, String reason, Instant at) {
        mustRun("暂停");
        if (on.isAfter(dueOn)) {
            throw new Refused("期限已于 " + dueOn + " 届满，不能再暂停");
        }
        if (pausedSince != null) {
            throw new Refused("时限自 " + pausedSince + " 起已暂停");
        }
        if (on.isBefore(startedOn)) {
            throw new Refused("暂停日期不能早于起算日期 " + startedOn);
        }
        pausedSince = on;
        record(at, DeadlineEvent.Action.PAUSED, actor, reason, dueOn);
    }

    /** D2 */
    public void resume(LocalDate on, WorkingDayCalendar calendar, String actor, Instant at) {
        mustRun("恢复");
        if (pausedSince == null) {
            throw new Refused("时限没有暂停，无需恢复");
        }
        if (on.isBefore(pausedSince)) {
            throw new Refused("恢复日期不能早于暂停日期 " + pausedSince);
        }
        int units = calendar.unitsBetween(kind, pausedSince, on);
        LocalDate before = dueOn;
        pausedUnits += units;
        pausedSince = null;
        recalculate(calendar);
        record(at, DeadlineEvent.Action.RESUMED, actor, "暂停期间 " + units + kind.unit() + "不计入", before);
    }

    /** D3 */
    public void restart(LocalDate on, WorkingDayCalendar calendar, String actor, String reason, Instant at) {
        mustRun("重新起算");
        LocalDate before = dueOn;
        startedOn = on;
        extension = 0;
        pausedUnits = 0;
        pausedSince = null;
        recalculate(calendar);
        record(at, DeadlineEvent.Action.RESTARTED, actor, "自 " + on + " 重新起算：" + reason, before);
    }

    /** D4, D8 */
    public void extend(int units, LocalDate today, WorkingDayCalendar calendar, String approver, String reason, Instant at) {
        mustRun("延期");
        if (today.isAfter(dueOn)) {
            throw new Refused("期限已于 " + dueOn + " 届满，不能再延期");
        }
        if (units < 1) {
            throw new Refused("延期至少 1" + kind.unit());
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("延期须说明理由");
        }
        if (extension + units > maxExtension) {
            throw new Refused("延期合计不能超过 " + maxExtension + kind.unit() + "（已延期 " + extension
                    + kind.unit() + "）");
        }
        LocalDate before = dueOn;
        extension += units;
        recalculate(calendar);
        record(at, DeadlineEvent.Action.EXTENDED, approver, "延期 " + units + kind.unit() + "：" + reason, before);
    }

    /** D7 */
    public void finish(String actor, String reason, Instant at) {
        if (finishedAt == null) {
            finishedAt = at;
            record(at, DeadlineEvent.Action.FINISHED, actor, reason, dueOn);
        }
    }

    private void mustRun(String what) {
        if (finishedAt != null) {
            throw new Refused("时限已结束，不能" + what);
        }
    }

    /** D5, D7: after a calendar import. Answers whether the due date or its provisional mark changed. */
    public boolean recompute(WorkingDayCalendar calendar, String actor, String reason, Instant at) {
        if (finishedAt != null) {
            return false;
        }
        LocalDate before = dueOn;
        boolean wasProvisional = provisional;
        recalculate(calendar);
        if (before.equals(dueOn) && wasProvisional == provisional) {
            return false;
        }
        record(at, DeadlineEvent.Action.RECOMPUTED, actor, reason + (provisional ? "（仍为暂定）" : "（已按正式日历确定）"), before);
        return true;
    }

    /** D6 */
    public Remaining remaining(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate asOf = pausedSince != null ? pausedSince : today;
        boolean overdue = asOf.isAfter(dueOn);
        int units = overdue ? calendar.unitsBetween(kind, dueOn, asOf) : calendar.unitsBetween(kind, asOf, dueOn);
        return new Remaining(dueOn, units, kind, overdue, pausedSince != null, provisional);
    }

    private void recalculate(WorkingDayCalendar calendar) {
        Due due = calendar.due(kind, startedOn, amount + extension, pausedUnits);
        this.dueOn = due.due();
        this.provisional = due.provisional();
    }

    private void record(Instant at, DeadlineEvent.Action action, String actor, String detail, LocalDate before) {
        history.add(new DeadlineEvent(this, at, action, actor, detail, before, dueOn));
    }

    public Long id() {
        return id;
    }

    public String ownerType() {
        return ownerType;
    }

    public String ownerId() {
        return ownerId;
    }

    public String purpose() {
        return purpose;
    }

    public ClockKind kind() {
        return kind;
    }

    public int amount() {
        return amount;
    }

    public int extension() {
        return extension;
    }

    public int maxExtension() {
        return maxExtension;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean provisional() {
        return provisional;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public List<DeadlineEvent> history() {
        return List.copyOf(history);
    }
}
