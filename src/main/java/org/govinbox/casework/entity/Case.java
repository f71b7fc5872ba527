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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govinbox.platform.entity.Refused;

/**
 * The one aggregate of every case type (mailbox letter, NPC suggestion, CPPCC proposal, disclosure request):
 * what was submitted, by whom (its parties), which units handle it, its clocks, its replies and everything that
 * happened to it. Which states it passes through is its type's {@link Workflow}; what differs otherwise is its
 * type's policy. The type's actions call the intention-revealing methods here.
 * <p>
 * C1: an action is allowed only in the states its type's workflow lists (W1), else refused naming the state.
 * C2: every action appends exactly one {@link CaseEvent}; the history is never changed.
 * C3: due dates are stored when a clock starts, restarts or is extended ({@link CaseClock}); overdue is derived.
 * C4: a reply is a {@link CaseReply} of its own, its timeliness frozen when it goes out; a later round adds one.
 * C5: ratings are kept per party and round ({@link Rating}); nothing a rate counts is erased.
 * C6: a case is published only with its first party's consent.
 * C7: no extension is asked for after the due date.
 * C8: the facts a rate counts are kept on the case too, written with the records they summarise: the day and month
 * it was received (China time), the due date its first reply owes or answered, when the first reply went out and
 * whether it was on time (for a case answered in parts: every first-round part), whether it was accepted in time,
 * the first party's latest rating. The first reply's facts never change after it went out.
 * C9: a case brought over from an earlier system arrives finished, with its recorded dates, and is marked imported.
 */
@Entity
@Table(name = "case_item")
@NamedQuery(name = Case.BY_QUERY_CODE, query = "SELECT c FROM Case c WHERE c.queryCode = :code")
@NamedQuery(name = Case.BY_IDEMPOTENCY_KEY, query = "SELECT c FROM Case c WHERE c.idempotencyKey = :key")
public class Case {

    public static final String BY_QUERY_CODE = "Case.byQueryCode";
    public static final String BY_IDEMPOTENCY_KEY = "Case.byIdempotencyKey";

    /** The purpose of the acceptance clock every case starts with. */
    public static final String ACCEPT = "ACCEPT";

    /** Days are counted in China Standard Time (as the application's clock). */
    static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    /**
     * What was submitted; its parties come beside it. {@code group} is the batch a type files it under (a sitting
     * of the people's congress for a suggestion), {@code reference} its number there (第12号); both null for most.
     */
    public record Submission(String type, String channel, String category, String title, String content, Long group,
                             String reference) {

        public Submission(String type, String channel, String category, String title, String content) {
            this(type, channel, category, title, content, null, null);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false)
    private String type;

    @Column(nullable = false)
    private String state;

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

    @Column(name = "group_id")
    private Long group;

    @Column(name = "reference_no")
    private String reference;

    @Column(name = "query_code", nullable = false, unique = true)
    private String queryCode;

    /** A hash of the submission's Idempotency-Key (the key itself is the client's). */
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    /** Q3: the query secret, as a slow hash only. */
    @Column(name = "query_secret_hash")
    private String querySecretHash;

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

    /** The due date of the case's own running clock (not a co-handler's), kept here for lists sorted by it. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    @Column(name = "extension_requested")
    private Integer extensionRequested;

    @Column(name = "extension_reason")
    private String extensionReason;

    /** A reply waiting for review before it goes out. */
    @Lob
    @Column(name = "held_reply")
    private String heldReply;

    /** The handling round: 1, and one more after each 不满意. */
    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(nullable = false)
    private boolean published;

    @Lob
    @Column(name = "published_content")
    private String publishedContent;

    /** P2: the title and the reply as published, masked and edited before publication (null: not published). */
    @Column(name = "published_title")
    private String publishedTitle;

    @Lob
    @Column(name = "published_reply")
    private String publishedReply;

    /** C8: the day it was received, in China time, and that day's month as yyyymm: what statistics group by. */
    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "received_month")
    private Integer receivedMonth;

    /** C8: the due date the first reply owes (while none went out) or answered (frozen when it went out). */
    @Column(name = "reply_due_on")
    private LocalDate replyDueOn;

    /** C8: when the first reply went out and whether it was on time (every first-round part, for a case in parts). */
    @Column(name = "first_reply_at")
    private Instant firstReplyAt;

    @Column(name = "first_reply_on_time")
    private Boolean firstReplyOnTime;

    /** C8: the day it was accepted and whether that was within the acceptance limit (null until accepted). */
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "accept_on_time")
    private Boolean acceptOnTime;

    /** C8: the first party's latest rating. */
    @Column(name = "satisfaction")
    private String satisfaction;

    /** C8: rejected or a duplicate, so not counted by any rate. */
    @Column(nullable = false)
    private boolean excluded;

    /** C9 */
    @Column(nullable = false)
    private boolean imported;

    @Version
    private long version;

    /** How many events the history has: every action changes the row, so every action raises the version. */
    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<CaseEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<CaseParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CaseClock> clocks = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CaseReply> replies = new ArrayList<>();

    protected Case() {
    }

    public static Case receive(Workflow workflow, Submission s, List<CaseParty.Details> parties, String queryCode,
                               String idempotencyKey, String requestDigest, String actor, Instant at) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a case is from someone");
        }
        Case c = submitted(s, queryCode, at);
        parties.forEach(p -> c.parties.add(new CaseParty(c, c.parties.size() + 1, p, at)));
        c.idempotencyKey = idempotencyKey;
        c.requestDigest = requestDigest;
        c.round = 1;
        c.state = workflow.initial();
        c.history.add(new CaseEvent(c, 1, at, actor, Workflow.RECEIVE, null, c.state, null, null));
        c.eventCount = 1;
        return c;
    }

    /** What a finished case brought over from an earlier system recorded (C9). */
    public record History(Instant receivedAt, LocalDate acceptedOn, Boolean acceptedOnTime, String department,
                          LocalDate dueOn, Instant repliedAt, String reply, CaseParty.Satisfaction rating,
                          int rehandled) {
    }

    /**
     * C9: a finished case from an earlier system, in {@code state}: received, accepted and assigned to its unit on the
     * recorded days, its first reply on the recorded day against the recorded due date (on time when not after it),
     * re-handled {@code rehandled} times and rated as recorded. Its history says where it came from.
     */
    public static Case imported(Workflow workflow, Submission s, CaseParty.Details party, String queryCode, String state,
                                History h, String actor, Instant now, String note) {
        if (workflow.state(state).open()) {
            throw new IllegalArgumentException("an imported case is finished, not " + state);
        }
        Case c = submitted(s, queryCode, h.receivedAt());
        c.parties.add(new CaseParty(c, 1, party, h.receivedAt()));
        c.state = state;
        c.imported = true;
        c.leadDepartment = h.department();
        c.assignedOn = h.acceptedOn();
        c.acceptedOn = h.acceptedOn();
        c.acceptOnTime = h.acceptedOnTime();
        c.replyDueOn = h.dueOn();
        CaseReply reply = new CaseReply(c, 1, h.department(), actor, h.repliedAt(), h.reply(), h.dueOn(),
                !LocalDate.ofInstant(h.repliedAt(), CHINA).isAfter(h.dueOn()), null);
        c.replies.add(reply);
        c.firstReplyAt = h.repliedAt();
        c.firstReplyOnTime = reply.onTime();
        c.round = 1 + h.rehandled();
        if (h.rating() != null) {
            c.parties.get(0).rate(c.round, h.rating(), null, h.repliedAt());
            c.satisfaction = h.rating().name();
        }
        c.history.add(new CaseEvent(c, 1, h.receivedAt(), actor, Workflow.RECEIVE, null, workflow.initial(), null, null));
        c.history.add(new CaseEvent(c, 2, now, actor, Workflow.IMPORT, workflow.initial(), state, h.department(), note));
        c.eventCount = 2;
        return c;
    }

    private static Case submitted(Submission s, String queryCode, Instant at) {
        Case c = new Case();
        c.type = s.type();
        c.channel = s.channel();
        c.category = s.category();
        c.title = s.title();
        c.content = s.content();
        c.group = s.group();
        c.reference = s.reference();
        c.queryCode = queryCode;
        c.received(at);
        return c;
    }

    private void received(Instant at) {
        receivedAt = at;
        receivedOn = LocalDate.ofInstant(at, CHINA);
        receivedMonth = receivedOn.getYear() * 100 + receivedOn.getMonthValue();
    }

    /** C8 for a case received before these facts were kept (filled once at start-up). */
    public void keepReceivedDay() {
        received(receivedAt);
        clocks.stream().filter(k -> ACCEPT.equals(k.purpose()) && k.department() == null && k.endedAt() != null
                && k.status() == CaseClock.Status.MET).findFirst()
                .ifPresent(k -> acceptedOn = LocalDate.ofInstant(k.endedAt(), CHINA));
    }

    /** C1 */
    public Workflow.Transition check(Workflow workflow, String action) {
        if (!workflow.type().equals(type)) {
            throw new IllegalArgumentException("case " + id + " is a " + type + ", not a " + workflow.type());
        }
        return workflow.allowed(action, state);
    }

    /** C1, C2: the action happened; the case moves to {@code to} (null: the transition's first target). */
    public void record(Workflow workflow, Workflow.Transition t, String to, String actor, Instant at, String department,
                       String note) {
        check(workflow, t.action());
        String from = state;
        state = workflow.target(t, state, to);
        history.add(new CaseEvent(this, history.size() + 1, at, actor, t.action(), from, state, department, note));
        eventCount = history.size();
    }

    public void assign(LocalDate on, String lead, List<String> coDepartments) {
        if (coDepartments.contains(lead)) {
            throw new Refused("主办单位不能同时是协办单位");
        }
        leadDepartment = lead;
        coHandlers.clear();
        coDepartments.stream().distinct().forEach(d -> coHandlers.add(new CoHandler(d)));
        assignedOn = on;
    }

    /** A unit returned the assignment: nobody handles the case until it is assigned again. */
    public void unassign(Instant at) {
        leadDepartment = null;
        coHandlers.clear();
        assignedOn = null;
        extensionRequested = null;
        extensionReason = null;
        clocks.stream().filter(k -> k.department() != null).forEach(k -> k.stopped(at));
    }

    public void opinion(String department, String text) {
        coHandlers.stream().filter(h -> h.department().equals(department)).findFirst()
                .orElseThrow(() -> new Refused("只有协办单位可以提交协办意见")).opine(text);
    }

    /** Whether {@code department} handles the case, as lead or co-handler. */
    public boolean handledBy(String department) {
        return department != null && (department.equals(leadDepartment)
                || coHandlers.stream().anyMatch(h -> h.department().equals(department)));
    }

    /** C7 */
    public void requestExtension(int units, String reason, LocalDate today) {
        if (extensionRequested != null) {
            throw new Refused("已有一项待审批的延期申请");
        }
        if (dueOn != null && today.isAfter(dueOn)) {
            throw new Refused("办理期限已于 " + dueOn + " 届满，不能再申请延期");
        }
        extensionRequested = units;
        extensionReason = reason;
    }

    /** The pending request, now decided: answers its units. */
    public int decideExtension() {
        if (extensionRequested == null) {
            throw new Refused("没有待审批的延期申请");
        }
        int units = extensionRequested;
        extensionRequested = null;
        extensionReason = null;
        return units;
    }

    public void holdReply(String text) {
        heldReply = text;
    }

    /** C4: the reply goes out; it meets the running clock of {@code purpose} and freezes its timeliness. */
    public CaseReply sendReply(String purpose, String department, String actor, Instant at, LocalDate today,
                               String text, String replyClass) {
        return sendReply(clock(purpose), department, actor, at, today, text, replyClass);
    }

    /** C4 for a reply that answers a clock of its own (a unit's part of a case handled separately), or none. */
    public CaseReply sendReply(Optional<CaseClock> clock, String department, String actor, Instant at, LocalDate today,
                               String text, String replyClass) {
        clock.ifPresent(k -> meet(k, at, today));
        CaseReply reply = new CaseReply(this, round, department, actor, at, text,
                clock.map(CaseClock::dueOn).orElse(null), clock.map(CaseClock::onTime).orElse(true), replyClass);
        replies.add(reply);
        if (round == 1) {
            firstReplyAt = firstReplyAt == null ? at : firstReplyAt;
            firstReplyOnTime = (firstReplyOnTime == null || firstReplyOnTime) && reply.onTime();
        }
        heldReply = null;
        return reply;
    }

    /** C5 */
    public void rate(int partySeq, CaseParty.Satisfaction satisfaction, String comment, Instant at) {
        party(partySeq).rate(round, satisfaction, comment, at);
        if (partySeq == 1) {
            this.satisfaction = satisfaction.name();
        }
    }

    /** Another handling round (after 不满意): the earlier replies and ratings stay. */
    public int reopen() {
        round++;
        unpublish();
        return round;
    }

    public void contacted(int partySeq, String how, LocalDate on, String by, String note) {
        party(partySeq).contacted(how, on, by, note);
    }

    public void reject(String reason, Instant at) {
        rejectReason = reason;
        excluded = true;
        stopClocks(at);
    }

    public void markDuplicate(Case original, Instant at) {
        if (original.id.equals(id)) {
            throw new Refused("不能标记为自己的重复件");
        }
        duplicateOf = original.id;
        excluded = true;
        stopClocks(at);
    }

    /** C6 */
    public void publish(String maskedContent) {
        publish(null, maskedContent, null);
    }

    /** C6, P2: what the public sees of the case: its title, its content and its reply, each as given (masked). */
    public void publish(String maskedTitle, String maskedContent, String maskedReply) {
        checkPublishable();
        published = true;
        publishedTitle = maskedTitle;
        publishedContent = maskedContent;
        publishedReply = maskedReply;
    }

    /** C6: refused unless the first party consents (and has not withdrawn their consent). */
    public void checkPublishable() {
        if (!parties.get(0).consent()) {
            throw new Refused(parties.get(0).consentWithdrawnAt() == null ? "提交人未同意公开，不能公开"
                    : "提交人已撤回公开同意，不能公开");
        }
    }

    private void unpublish() {
        published = false;
        publishedTitle = null;
        publishedContent = null;
        publishedReply = null;
    }

    /** P1: the first party withdrew their consent; a publication is taken down. False if there was none. */
    public boolean withdrawConsent(Instant at) {
        boolean withdrawn = parties.get(0).withdrawConsent(at);
        if (withdrawn) {
            unpublish();
        }
        return withdrawn;
    }

    /** P3: every party's contact data erased; false when they already were. */
    public boolean eraseContacts(Instant at) {
        if (parties.stream().allMatch(p -> p.contactErasedAt() != null)) {
            return false;
        }
        parties.stream().filter(p -> p.contactErasedAt() == null).forEach(p -> p.eraseContact(at));
        return true;
    }

    public CaseClock startClock(String purpose, String department, ClockRef ref, LocalDate on) {
        CaseClock clock = new CaseClock(this, purpose, department, ref, on);
        clocks.add(clock);
        summarise();
        return clock;
    }

    /** The live (running or paused) clock of {@code purpose} that is the case's own. */
    public Optional<CaseClock> clock(String purpose) {
        return clocks.stream().filter(k -> k.live() && k.purpose().equals(purpose) && k.department() == null)
                .reduce((first, second) -> second);
    }

    public void meet(CaseClock clock, Instant at, LocalDate on) {
        clock.met(at, on);
        if (ACCEPT.equals(clock.purpose()) && clock.department() == null) {
            acceptedOn = on;
            acceptOnTime = clock.onTime();
        }
        summarise();
    }

    public void moved(CaseClock clock, ClockRef ref) {
        clock.moved(ref);
        summarise();
    }

    /** The clock counts afresh from {@code on}; a paused one runs again. */
    public void restarted(CaseClock clock, ClockRef ref, LocalDate on) {
        clock.restarted(ref, on);
        summarise();
    }

    public void paused(CaseClock clock) {
        clock.paused();
        summarise();
    }

    public void resumed(CaseClock clock, ClockRef ref) {
        clock.resumed(ref);
        summarise();
    }

    /** The live clock of {@code purpose} that is {@code department}'s (a co-handler's opinion, a unit's part). */
    public Optional<CaseClock> clock(String purpose, String department) {
        return clocks.stream().filter(k -> k.live() && k.purpose().equals(purpose) && department.equals(k.department()))
                .reduce((first, second) -> second);
    }

    public void stopClock(CaseClock clock, Instant at) {
        clock.stopped(at);
        summarise();
    }

    public void stopClocks(Instant at) {
        clocks.forEach(k -> k.stopped(at));
        summarise();
    }

    private void summarise() {
        Optional<CaseClock> own = clocks.stream().filter(k -> k.running() && k.department() == null)
                .min(Comparator.comparing(CaseClock::dueOn));
        dueOn = own.map(CaseClock::dueOn).orElse(null);
        dueProvisional = own.map(CaseClock::provisional).orElse(false);
        if (firstReplyAt == null) {
            // C8: the first reply owes the case's own running clock other than acceptance (a clock that ended keeps
            // its date: the reply meets its clock before it is recorded)
            clocks.stream().filter(k -> k.running() && k.department() == null && !ACCEPT.equals(k.purpose()))
                    .map(CaseClock::dueOn).min(Comparator.naturalOrder()).ifPresent(d -> replyDueOn = d);
        }
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    public CaseParty party(int seq) {
        return parties.stream().filter(p -> p.seq() == seq).findFirst()
                .orElseThrow(() -> new Refused("第 " + seq + " 位提交人不存在"));
    }

    public Long id() { return id; }
    public String type() { return type; }
    public String state() { return state; }
    public String channel() { return channel; }
    public String category() { return category; }
    public String title() { return title; }
    public String content() { return content; }
    public Long group() { return group; }
    public String reference() { return reference; }
    public String queryCode() { return queryCode; }
    public String idempotencyKey() { return idempotencyKey; }
    public String querySecretHash() { return querySecretHash; }

    /** Q3: keeps only the hash of the submitter's secret (and of the Idempotency-Key, when converting an old case). */
    public void protect(String secretHash, String idempotencyKeyHash) {
        querySecretHash = secretHash;
        idempotencyKey = idempotencyKeyHash;
    }
    public String requestDigest() { return requestDigest; }
    public Instant receivedAt() { return receivedAt; }
    public String leadDepartment() { return leadDepartment; }
    public List<CoHandler> coHandlers() { return List.copyOf(coHandlers); }
    public LocalDate assignedOn() { return assignedOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean dueProvisional() { return dueProvisional; }
    public Optional<Integer> extensionRequested() { return Optional.ofNullable(extensionRequested); }
    public String extensionReason() { return extensionReason; }
    public String heldReply() { return heldReply; }
    public int round() { return round; }
    public Long duplicateOf() { return duplicateOf; }
    public String rejectReason() { return rejectReason; }
    public boolean published() { return published; }
    public String publishedContent() { return publishedContent; }
    public String publishedTitle() { return publishedTitle; }
    public String publishedReply() { return publishedReply; }
    public long version() { return version; }
    public LocalDate receivedOn() { return receivedOn; }
    public Integer receivedMonth() { return receivedMonth; }
    public LocalDate replyDueOn() { return replyDueOn; }
    public Instant firstReplyAt() { return firstReplyAt; }
    public Boolean firstReplyOnTime() { return firstReplyOnTime; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public Boolean acceptOnTime() { return acceptOnTime; }
    public String satisfaction() { return satisfaction; }
    public boolean imported() { return imported; }
    public boolean excluded() { return excluded; }
    public List<CaseEvent> history() { return List.copyOf(history); }
    public List<CaseParty> parties() { return List.copyOf(parties); }
    public CaseParty submitter() { return parties.get(0); }
    public List<CaseClock> clocks() { return List.copyOf(clocks); }
    public List<CaseReply> replies() { return List.copyOf(replies); }
    public Optional<CaseReply> lastReply() { return replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(replies.size() - 1)); }
}
