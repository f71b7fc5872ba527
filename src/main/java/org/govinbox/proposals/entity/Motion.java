package org.govinbox.proposals.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govinbox.platform.entity.Refused;

/**
 * What a suggestion or proposal has beyond the case engine's aggregate (same id): its sitting and number, subject,
 * whether it is a key item and which leader supervises it, how it is handled, the class of a reply under review,
 * the parts of a separately handled item, the months of extension granted, and the disclosure item its published
 * result became.
 * <p>
 * M1: the number is unique in its sitting (a database constraint). M2: extensions add up to at most the type's
 * maximum. M3: a separately handled item goes to review only when every unit's part is in.
 */
@Entity
@Table(name = "motion")
@NamedQuery(name = Motion.OF_SITTING, query = "SELECT m FROM Motion m WHERE m.sitting = :sitting")
@NamedQuery(name = Motion.NUMBER_TAKEN, query = "SELECT COUNT(m) FROM Motion m WHERE m.sitting = :sitting AND m.number = :number")
public class Motion {

    public static final String OF_SITTING = "Motion.ofSitting";
    public static final String NUMBER_TAKEN = "Motion.numberTaken";

    public enum Mode { JOINT, SEPARATE }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "sitting_id", nullable = false)
    private long sitting;

    @Column(name = "motion_number", nullable = false)
    private String number;

    private String subject;

    @Column(name = "received_on", nullable = false)
    private java.time.LocalDate receivedOn;

    @Column(name = "key_item", nullable = false)
    private boolean key;

    private String supervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_mode")
    private Mode mode;

    @Column(name = "held_class")
    private String heldClass;

    @Column(name = "extended_months", nullable = false)
    private int extendedMonths;

    @Column(name = "result_item_id")
    private Long resultItem;

    @OneToMany(mappedBy = "owner", fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Part> parts = new ArrayList<>();

    protected Motion() {
    }

    public Motion(long caseId, long sitting, String number, String subject, java.time.LocalDate receivedOn, boolean key,
                  String supervisor) {
        this.caseId = caseId;
        this.receivedOn = receivedOn;
        this.sitting = sitting;
        this.number = number;
        this.subject = subject;
        this.key = key;
        this.supervisor = supervisor;
    }

    public void assigned(Mode mode, List<String> units) {
        this.mode = mode;
        parts.clear();
        if (mode == Mode.SEPARATE) {
            units.forEach(u -> parts.add(new Part(this, u)));
        }
    }

    public void unassigned() {
        mode = null;
        parts.clear();
        heldClass = null;
    }

    /** The lead's reply under review, jointly handled. */
    public void holdClass(String replyClass) {
        heldClass = replyClass;
    }

    /** M3: a unit's part; answers whether every part is now in. */
    public boolean holdPart(String department, String text, String replyClass) {
        Part part = part(department).orElseThrow(() -> new Refused("本单位不是该件的分办单位"));
        if (part.held()) {
            throw new Refused("本单位已提交答复，待政府办审核");
        }
        part.hold(text, replyClass);
        return parts.stream().allMatch(Part::held);
    }

    /** The parts are sent back (or sent): every unit answers again. */
    public void releaseParts() {
        parts.forEach(p -> p.hold(null, null));
        heldClass = null;
    }

    /** M2 */
    public void extend(int months, int max) {
        if (extendedMonths + months > max) {
            throw new Refused("延期累计不能超过 " + max + " 个月（已延期 " + extendedMonths + " 个月）");
        }
        extendedMonths += months;
    }

    public void published(long item) {
        resultItem = item;
    }

    public Optional<Part> part(String department) {
        return parts.stream().filter(p -> p.department().equals(department)).findFirst();
    }

    public long caseId() { return caseId; }
    public long sitting() { return sitting; }
    public String number() { return number; }
    public String subject() { return subject; }
    public java.time.LocalDate receivedOn() { return receivedOn; }
    public boolean key() { return key; }
    public String supervisor() { return supervisor; }
    public Mode mode() { return mode; }
    public boolean separate() { return mode == Mode.SEPARATE; }
    public String heldClass() { return heldClass; }
    public int extendedMonths() { return extendedMonths; }
    public Long resultItem() { return resultItem; }
    public List<Part> parts() { return List.copyOf(parts); }
}
