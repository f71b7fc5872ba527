package org.govinbox.casework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one aggregate of every case type (mailbox letter now; NPC suggestion, CPPCC proposal and disclosure
 * request later): who wrote what, which department handles it, by when, and everything that happened to it.
 * What differs by type lives in its policy ({@code CasePolicy}), not here.
 * <p>
 * C1: an action is allowed only in the states {@link CaseAction} lists; otherwise it is refused naming the state.
 * C2: every transition appends exactly one {@link CaseEvent}; the history is never changed.
 * C3: the due date is stored when a clock starts, restarts or is extended; overdue is derived from it.
 * C4: "replied on time" is frozen when the reply goes out and never recomputed.
 * C5: a dissatisfied rating sends the case back to the same lead department with a fresh deadline.
 * C6: a reply is published only with the submitter's consent.
 */
@Entity
@Table(name = "case_item")
@NamedQuery(name = Case.BY_QUERY_CODE, query = "SELECT c FROM Case c WHERE c.queryCode = :code")
@NamedQuery(name = Case.BY_IDEMPOTENCY_KEY, query = "SELECT c FROM Case c WHERE c.idempotencyKey = :key")
@NamedQuery(name = Case.PUBLISHED, query = "SELECT c FROM Case c WHERE c.type = :type AND c.published = true ORDER BY c.repliedAt DESC, c.id DESC")
@NamedQuery(name = Case.PUBLISHED_COUNT, query = "SELECT COUNT(c) FROM Case c WHERE c.type = :type AND c.published = true")
@NamedQuery(name = Case.OPEN_WITH_DUE, query = "SELECT c FROM Case c WHERE c.state IN :states AND c.dueOn IS NOT NULL "
        + "AND (c.dueSoonReminded = false OR c.overdueReminded = false) AND c.dueOn <= :horizon")
@NamedQuery(name = Case.BY_DEADLINE, query = "SELECT c FROM Case c WHERE c.deadlineId = :deadline")
public class Case {

    public static final String BY_QUERY_CODE = "Case.byQueryCode";
    public static final String BY_IDEMPOTENCY_KEY = "Case.byIdempotencyKey";
    public static final String PUBLISHED = "Case.published";
    public static final String PUBLISHED_COUNT = "Case.publishedCount";
    public static final String OPEN_WITH_DUE = "Case.openWithDue";
    public static final String BY_DEADLINE = "Case.byDeadline";

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false)
    private String type;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;

    /** Where it came in: for a letter, the mailbox. */
    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String title;

    @Lob
    @Column(nullable = false)
    private String content;

    @Column(name = "submitter_name", nullable = false)
    private String submitterName;

    @Column(name = "submitter_phone")
    private String submitterPhone;

    @Column(name = "submitter_email")
    private String submitterEmail;

    @Column(name = "public_consent", nullable = false)
    private boolean publicConsent;

    @Column(name = "query_code", nullable = false, unique = true)
    private String queryCode;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_digest")
    private String requestDigest;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "lead_department")
    private String leadDepartment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_co_handler", joinColumns = @JoinColumn(name = "case_id"))
    private List<CoHandler> coHandlers = new ArrayList<>();

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    @Column(name = "deadline_id")
    private Long deadlineId;

    @Column(name = "due_soon_reminded", nullable = false)
    private boolean dueSoonReminded;

    @Column(name = "overdue_reminded", nullable = false)
    private boolean overdueReminded;

    @Column(name = "extension_requested")
    private Integer extensionRequested;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Lob
    @Column(name = "reply_text")
    private String replyText;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_on_time")
    private Boolean repliedOnTime;

    @Column(name = "reply_reviewed", nullable = false)
    private boolean replyReviewed;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Satisfaction satisfaction;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(nullable = false)
    private int rehandled;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(nullable = false)
    private boolean published;

    @Lob
    @Column(name = "published_content")
    private String publishedContent;

    @Version
    private long version;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<CaseEvent> history = new ArrayList<>();

    protected Case() {
    }

    /** What a submitter sent in. */
    public record Submission(String type, String channel, String category, String title, String content, String name,
                             String phone, String email, boolean publicConsent) {
    }

    /** C3: the acceptance clock is started right after, once the case has its id: {@link #startClock}. */
    public static Case receive(Submission s, String queryCode, String idempotencyKey, String requestDigest, Instant at) {
        Case c = new Case();
        c.type = s.type();
        c.channel = s.channel();
        c.category = s.category();
        c.title = s.title();
        c.content = s.content();
        c.submitterName = s.name();
        c.submitterPhone = s.phone();
        c.submitterEmail = s.email();
        c.publicConsent = s.publicConsent();
        c.queryCode = queryCode;
        c.idempotencyKey = idempotencyKey;
        c.requestDigest = requestDigest;
        c.receivedAt = at;
        c.state = CaseState.RECEIVED;
        c.history.add(new CaseEvent(c, 1, at, "群众", CaseAction.RECEIVE, null, CaseState.RECEIVED, null, null));
        return c;
    }

    /** The first clock of a received case (its history already says it was received). */
    public void startClock(ClockRef clock) {
        if (deadlineId != null) {
            throw new IllegalStateException("case " + id + " already runs on a clock");
        }
        runOn(clock);
    }

    /** C1 */
    public void check(CaseAction action) {
        if (!action.allowedIn(state)) {
            throw new CaseRefused("该件当前状态为「" + state.label() + "」（" + state.name() + "），不能" + action.label());
        }
    }

    public void accept(String actor, Instant at, ClockRef replyClock) {
        move(CaseAction.ACCEPT, CaseState.ACCEPTED, actor, at, null, null);
        runOn(replyClock);
    }

    public void reject(String actor, Instant at, String reason) {
        move(CaseAction.REJECT, CaseState.REJECTED, actor, at, null, reason);
        rejectReason = reason;
        stopClock();
    }

    public void markDuplicate(String actor, Instant at, Case original) {
        if (original.id.equals(id)) {
            throw new CaseRefused("不能标记为自己的重复件");
        }
        move(CaseAction.MARK_DUPLICATE, CaseState.DUPLICATE, actor, at, null, "与第 " + original.id + " 号重复");
        duplicateOf = original.id;
        stopClock();
    }

    public void assign(String actor, Instant at, LocalDate on, String lead, List<String> coDepartments) {
        check(CaseAction.ASSIGN);
        if (coDepartments.contains(lead)) {
            throw new CaseRefused("主办单位不能同时是协办单位");
        }
        leadDepartment = lead;
        coHandlers.clear();
        coDepartments.stream().distinct().forEach(d -> coHandlers.add(new CoHandler(d)));
        assignedOn = on;
        move(CaseAction.ASSIGN, CaseState.ASSIGNED, actor, at, lead,
                coDepartments.isEmpty() ? null : "协办：" + String.join("、", coDepartments));
    }

    /** A lead department says the case is not its business, while the window is open. */
    public void returnAssignment(String actor, Instant at, String department, String reason, boolean withinWindow) {
        check(CaseAction.RETURN);
        if (!withinWindow) {
            throw new CaseRefused("交办已超过退回期限，交办成立，不能再退回");
        }
        move(CaseAction.RETURN, CaseState.ACCEPTED, actor, at, department, reason);
        leadDepartment = null;
        coHandlers.clear();
        assignedOn = null;
        extensionRequested = null;
        extensionReason = null;
    }

    public void opinion(String actor, Instant at, String department, String text) {
        check(CaseAction.OPINION);
        CoHandler co = coHandlers.stream().filter(h -> h.department().equals(department)).findFirst()
                .orElseThrow(() -> new CaseRefused("只有协办单位可以提交协办意见"));
        co.opine(text);
        move(CaseAction.OPINION, state, actor, at, department, text);
    }

    public void requestExtension(String actor, Instant at, int units, String reason) {
        check(CaseAction.REQUEST_EXTENSION);
        if (extensionRequested != null) {
            throw new CaseRefused("已有一项待审批的延期申请");
        }
        extensionRequested = units;
        extensionReason = reason;
        move(CaseAction.REQUEST_EXTENSION, state, actor, at, leadDepartment, "申请延期 " + units + " 个工作日：" + reason);
    }

    public void approveExtension(String actor, Instant at, ClockRef extended) {
        requirePendingExtension(CaseAction.APPROVE_EXTENSION);
        move(CaseAction.APPROVE_EXTENSION, state, actor, at, leadDepartment,
                "批准延期 " + extensionRequested + " 个工作日，期限至 " + extended.dueOn());
        extensionRequested = null;
        extensionReason = null;
        runOn(extended);
    }

    public void refuseExtension(String actor, Instant at, String reason) {
        requirePendingExtension(CaseAction.REFUSE_EXTENSION);
        move(CaseAction.REFUSE_EXTENSION, state, actor, at, leadDepartment, reason);
        extensionRequested = null;
        extensionReason = null;
    }

    private void requirePendingExtension(CaseAction action) {
        check(action);
        if (extensionRequested == null) {
            throw new CaseRefused("没有待审批的延期申请");
        }
    }

    public void urge(String actor, Instant at, String note) {
        move(CaseAction.URGE, state, actor, at, leadDepartment, note);
    }

    /** The lead's reply: goes out at once, or to review first. */
    public void reply(String actor, Instant at, LocalDate today, String text, boolean review) {
        check(CaseAction.REPLY);
        replyText = text;
        if (review) {
            replyReviewed = false;
            move(CaseAction.REPLY, CaseState.REVIEW, actor, at, leadDepartment, "答复已提交审核");
        } else {
            send(CaseAction.REPLY, actor, at, today);
        }
    }

    public void approveReply(String actor, Instant at, LocalDate today) {
        check(CaseAction.APPROVE_REPLY);
        replyReviewed = true;
        send(CaseAction.APPROVE_REPLY, actor, at, today);
    }

    public void sendBackReply(String actor, Instant at, String reason) {
        move(CaseAction.SEND_BACK_REPLY, CaseState.ASSIGNED, actor, at, leadDepartment, reason);
    }

    /** C4 */
    private void send(CaseAction action, String actor, Instant at, LocalDate today) {
        repliedAt = at;
        repliedOnTime = dueOn == null || !today.isAfter(dueOn);
        move(action, CaseState.REPLIED, actor, at, leadDepartment, repliedOnTime ? "按期答复" : "逾期答复");
    }

    /** C5: {@code rehandleClock} is needed only for {@link Satisfaction#DISSATISFIED}. */
    public void rate(Instant at, Satisfaction rating, String comment, ClockRef rehandleClock) {
        check(CaseAction.RATE);
        satisfaction = rating;
        ratingComment = comment;
        if (rating == Satisfaction.DISSATISFIED) {
            rehandled++;
            String previous = replyText;
            move(CaseAction.RATE, CaseState.ASSIGNED, "群众", at, leadDepartment,
                    "不满意，退回原承办单位重新办理（第 " + rehandled + " 次）。" + (comment == null ? "" : "意见：" + comment)
                            + (previous == null ? "" : "\n原答复：" + previous));
            replyText = null;
            repliedAt = null;
            repliedOnTime = null;
            published = false;
            publishedContent = null;
            runOn(rehandleClock);
        } else {
            move(CaseAction.RATE, CaseState.CLOSED, "群众", at, leadDepartment,
                    (rating == Satisfaction.SATISFIED ? "满意" : "基本满意") + (comment == null || comment.isBlank() ? "" : "：" + comment));
        }
    }

    /** C6 */
    public void publish(String actor, Instant at, String maskedContent) {
        check(CaseAction.PUBLISH);
        if (!publicConsent) {
            throw new CaseRefused("来信人未同意公开，不能公开");
        }
        published = true;
        publishedContent = maskedContent;
        move(CaseAction.PUBLISH, state, actor, at, null, null);
    }

    public void remind(Instant at, boolean overdue) {
        if (overdue) {
            overdueReminded = true;
            dueSoonReminded = true;
        } else {
            dueSoonReminded = true;
        }
        move(CaseAction.REMIND, state, "system", at, leadDepartment,
                overdue ? "已超过办理期限（" + dueOn + "）" : "即将到期（" + dueOn + "）");
    }

    /** After a calendar import changed the provisional due date of this case's clock. */
    public void recomputed(Instant at, ClockRef clock, String reason) {
        LocalDate before = dueOn;
        runOn(clock);
        move(CaseAction.RECOMPUTE, state, "system", at, leadDepartment, reason + "：期限由 " + before + " 改为 " + dueOn);
    }

    private void runOn(ClockRef clock) {
        deadlineId = clock.deadlineId();
        dueOn = clock.dueOn();
        dueProvisional = clock.provisional();
        dueSoonReminded = false;
        overdueReminded = false;
    }

    private void stopClock() {
        deadlineId = null;
        dueOn = null;
        dueProvisional = false;
    }

    /** C1, C2 */
    private void move(CaseAction action, CaseState to, String actor, Instant at, String department, String note) {
        check(action);
        CaseState from = state;
        state = to;
        history.add(new CaseEvent(this, history.size() + 1, at, actor, action, from, to, department, note));
    }

    public boolean overdue(LocalDate today) {
        return state.open() && dueOn != null && today.isAfter(dueOn);
    }

    /** Whether {@code department} handles the case, as lead or co-handler. */
    public boolean handledBy(String department) {
        return department != null && (department.equals(leadDepartment)
                || coHandlers.stream().anyMatch(h -> h.department().equals(department)));
    }

    public Long id() { return id; }
    public String type() { return type; }
    public CaseState state() { return state; }
    public String channel() { return channel; }
    public String category() { return category; }
    public String title() { return title; }
    public String content() { return content; }
    public String submitterName() { return submitterName; }
    public String submitterPhone() { return submitterPhone; }
    public String submitterEmail() { return submitterEmail; }
    public boolean publicConsent() { return publicConsent; }
    public String queryCode() { return queryCode; }
    public String idempotencyKey() { return idempotencyKey; }
    public String requestDigest() { return requestDigest; }
    public Instant receivedAt() { return receivedAt; }
    public String leadDepartment() { return leadDepartment; }
    public List<CoHandler> coHandlers() { return List.copyOf(coHandlers); }
    public LocalDate assignedOn() { return assignedOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean dueProvisional() { return dueProvisional; }
    public Long deadlineId() { return deadlineId; }
    public boolean dueSoonReminded() { return dueSoonReminded; }
    public boolean overdueReminded() { return overdueReminded; }
    public Optional<Integer> extensionRequested() { return Optional.ofNullable(extensionRequested); }
    public String extensionReason() { return extensionReason; }
    public String replyText() { return replyText; }
    public Instant repliedAt() { return repliedAt; }
    public Boolean repliedOnTime() { return repliedOnTime; }
    public Satisfaction satisfaction() { return satisfaction; }
    public String ratingComment() { return ratingComment; }
    public int rehandled() { return rehandled; }
    public Long duplicateOf() { return duplicateOf; }
    public String rejectReason() { return rejectReason; }
    public boolean published() { return published; }
    public String publishedContent() { return publishedContent; }
    public long version() { return version; }
    public List<CaseEvent> history() { return List.copyOf(history); }
}
