package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.boundary.Departments.DepartmentView;
import org.govinbox.accounts.entity.Role;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.calendar.boundary.Deadlines;
import org.govinbox.calendar.boundary.DueDateRecomputed;
import org.govinbox.calendar.entity.Deadline;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.control.QueryCodes;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseAction;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.casework.entity.CaseEvent;
import org.govinbox.casework.entity.CaseRefused;
import org.govinbox.casework.entity.CaseState;
import org.govinbox.casework.entity.ClockRef;
import org.govinbox.notification.boundary.Outbox;
import org.govinbox.platform.boundary.AppSecrets;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;

/**
 * The case engine's use cases, for every case type: receiving, following and rating (submitters), and the
 * staff's actions, each in one transaction with its history event, its audit event, its deadline change and
 * its notifications (outbox).
 * <p>
 * S1: a dispatcher sees every case; a handler sees only cases of their own department, as lead or co-handler,
 * and any other case is "not found", whatever the endpoint. S2: who may do what: dispatchers accept, reject,
 * mark duplicates, assign, decide extensions, urge, review and publish; the lead department returns, requests
 * an extension and replies; a co-handler sends its opinion.
 */
@ApplicationScoped
public class Cases {

    static final String QUERY_KEY = "query-secret";
    static final Set<CaseAction> DISPATCHER_ACTIONS = EnumSet.of(CaseAction.ACCEPT, CaseAction.REJECT,
            CaseAction.MARK_DUPLICATE, CaseAction.ASSIGN, CaseAction.APPROVE_EXTENSION, CaseAction.REFUSE_EXTENSION,
            CaseAction.URGE, CaseAction.APPROVE_REPLY, CaseAction.SEND_BACK_REPLY, CaseAction.PUBLISH);
    static final Set<CaseAction> LEAD_ACTIONS = EnumSet.of(CaseAction.RETURN, CaseAction.REQUEST_EXTENSION, CaseAction.REPLY);
    static final Set<CaseAction> CO_HANDLER_ACTIONS = EnumSet.of(CaseAction.OPINION);

    /** What a submitter is told once. */
    public record Receipt(String queryCode, String querySecret, java.time.Instant receivedAt, boolean replayed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CasePolicies policies;

    @Inject
    Deadlines deadlines;

    @Inject
    Calendars calendars;

    @Inject
    Departments departments;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    AppSecrets secrets;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- submitters

    /**
     * Receives a submission, durably, before it is acknowledged; a repeated idempotency key answers the first
     * receipt again (and refuses a different submission under the same key).
     */
    @Transactional
    public Receipt receive(Case.Submission submission, String idempotencyKey, List<String> attachmentTokens) {
        String digest = digest(submission, attachmentTokens);
        if (idempotencyKey != null) {
            Optional<Case> earlier = em.createNamedQuery(Case.BY_IDEMPOTENCY_KEY, Case.class)
                    .setParameter("key", idempotencyKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!digest.equals(earlier.get().requestDigest())) {
                    throw ProblemException.conflict("Idempotency-Key", "该 Idempotency-Key 已用于另一次不同内容的提交");
                }
                Case first = earlier.get();
                return new Receipt(first.queryCode(), QueryCodes.secretFor(first.queryCode(), key()), first.receivedAt(), true);
            }
        }
        CasePolicy policy = policies.of(submission.type());
        List<CaseAttachment> attachments = claimable(attachmentTokens);
        String code = uniqueCode();
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Case received = Case.receive(submission, code, idempotencyKey, digest, now);
        em.persist(received);
        em.flush();
        Deadline accept = deadlines.start(submission.type(), received.id().toString(), "ACCEPT",
                new Deadlines.Policy(policy.clock(), policy.acceptWithin(), 0), today, "system");
        received.startClock(ref(accept));
        attachments.forEach(a -> a.claim(received.id()));
        String secret = QueryCodes.secretFor(code, key());
        outbox.enqueue(submission.email(), "RECEIPT", code, submission.name(),
                policy.channelName(submission.channel()).orElse(submission.channel()), submission.title(),
                today.toString(), secret);
        return new Receipt(code, secret, now, false);
    }

    /** The case behind a code and secret, or nothing; the same nothing whether the code exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Case> lookup(String code, String secret) {
        if (code == null || secret == null || !QueryCodes.matches(code.trim().toUpperCase(java.util.Locale.ROOT), secret, key())) {
            return Optional.empty();
        }
        return em.createNamedQuery(Case.BY_QUERY_CODE, Case.class)
                .setParameter("code", code.trim().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    @Transactional
    public Case rate(String code, String secret, Case.Satisfaction satisfaction, String comment) {
        Case rated = lookup(code, secret).orElseThrow(() -> ProblemException.notFound("查询码或查询密码不正确"));
        refusedAs409(() -> {
            rated.check(CaseAction.RATE);
            ClockRef rehandle = null;
            if (satisfaction == Case.Satisfaction.DISSATISFIED) {
                CasePolicy policy = policies.of(rated.type());
                rehandle = ref(deadlines.start(rated.type(), rated.id().toString(), "REHANDLE",
                        new Deadlines.Policy(policy.clock(), policy.rehandleWithin(), policy.maxExtension()),
                        LocalDate.now(clock), "citizen"));
            }
            rated.rate(clock.instant(), satisfaction, comment, rehandle);
        });
        audit.record("citizen", "case.rate", "case", rated.id().toString(),
                org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS, satisfaction.name());
        if (satisfaction == Case.Satisfaction.DISSATISFIED) {
            notifyDepartment(rated.leadDepartment(), rated, "ASSIGNED", "不满意，重新办理");
        }
        return rated;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Case> published(String type, PageRequest page) {
        long total = em.createNamedQuery(Case.PUBLISHED_COUNT, Long.class).setParameter("type", type).getSingleResult();
        List<Case> items = em.createNamedQuery(Case.PUBLISHED, Case.class).setParameter("type", type)
                .setFirstResult(page.firstRow()).setMaxResults(page.size()).getResultList();
        return new Page<>(total, page.page(), page.size(), items);
    }

    // ---------------------------------------------------------------- staff

    /** The filters of the staff list. */
    public record Filter(String type, CaseState state, String department, Boolean overdue, String sort) {
    }

    /** S1 */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseViews.ListItem> list(Filter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String scope = scopeDepartment();
        if (scope != null) {
            where.append(" AND ").append(handledBy("scope", "c2", "h", scope, parameters));
        }
        if (filter.type() != null) {
            where.append(" AND c.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.state() != null) {
            where.append(" AND c.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.department() != null) {
            where.append(" AND ").append(handledBy("department", "c3", "h2", filter.department(), parameters));
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue()
                    ? " AND c.state IN :open AND c.dueOn < :today"
                    : " AND NOT (c.state IN :open AND c.dueOn < :today)");
            parameters.put("open", openStates());
            parameters.put("today", today);
        }
        String order = "received".equals(filter.sort()) ? " ORDER BY c.receivedAt DESC, c.id DESC"
                : " ORDER BY c.dueOn ASC NULLS LAST, c.id ASC";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Case c" + where, Long.class);
        TypedQuery<Case> select = em.createQuery("SELECT c FROM Case c" + where + order, Case.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        Map<String, String> names = departmentNames();
        List<CaseViews.ListItem> items = select.setFirstResult(page.firstRow()).setMaxResults(page.size())
                .getResultStream().map(c -> listItem(c, today, names)).toList();
        return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
    }

    /**
     * "Handled by the department, as lead or co-handler". Most departments co-handle nothing, and then the lead
     * alone uses its index; otherwise an uncorrelated subquery (a correlated EXISTS cost a table scan per page).
     */
    private String handledBy(String name, String caseAlias, String handlerAlias, String department,
                             Map<String, Object> parameters) {
        parameters.put(name, department);
        boolean coHandles = !em.createQuery("SELECT h.department FROM Case c JOIN c.coHandlers h WHERE h.department = :d",
                String.class).setParameter("d", department).setMaxResults(1).getResultList().isEmpty();
        return coHandles
                ? "(c.leadDepartment = :" + name + " OR c.id IN (SELECT " + caseAlias + ".id FROM Case " + caseAlias
                        + " JOIN " + caseAlias + ".coHandlers " + handlerAlias + " WHERE " + handlerAlias + ".department = :" + name + "))"
                : "c.leadDepartment = :" + name;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseViews.Detail detail(long id) {
        return detail(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseAttachment attachment(long caseId, long attachmentId) {
        Case c = visible(caseId);
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null || !c.id().equals(attachment.caseId())) {
            throw ProblemException.notFound("附件不存在");
        }
        return attachment;
    }

    /** One staff action on one case; {@code expectedVersion} (If-Match) guards against a stale page. */
    @Transactional
    public CaseViews.Detail act(long id, CaseAction action, CasesResource.ActionBody input, Long expectedVersion) {
        Case c = visible(id);
        authorise(c, action);
        if (expectedVersion != null && expectedVersion != c.version() && !onlySystemChangesSince(c, expectedVersion)) {
            throw ProblemException.conflict("该件已被他人处理（版本 " + c.version() + "），请刷新后重试");
        }
        CasePolicy policy = policies.of(c.type());
        String actor = caller.username();
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        refusedAs409(() -> {
            switch (action) {
                case ACCEPT -> {
                    c.check(action);
                    int limit = policy.replyWithin(c.category());
                    c.accept(actor, now, ref(deadlines.start(c.type(), c.id().toString(), "REPLY",
                            new Deadlines.Policy(policy.clock(), limit, policy.maxExtension()), today, actor)));
                }
                case REJECT -> {
                    String reason = required(input.reason, "reason", "请选择不予受理的理由");
                    if (!policy.rejectReasons().contains(reason)) {
                        throw ProblemException.invalid("reason", "不予受理的理由须从配置的理由中选择");
                    }
                    c.reject(actor, now, reason);
                    outbox.enqueue(c.submitterEmail(), "REJECTED", c.queryCode(), c.submitterName(), c.title(), reason);
                }
                case MARK_DUPLICATE -> {
                    if (input.duplicateOf == null) {
                        throw ProblemException.invalid("duplicateOf", "请给出重复的来信编号");
                    }
                    Case original = em.find(Case.class, input.duplicateOf);
                    if (original == null || !original.type().equals(c.type())) {
                        throw ProblemException.invalid("duplicateOf", "第 " + input.duplicateOf + " 号来信不存在");
                    }
                    c.markDuplicate(actor, now, original);
                }
                case ASSIGN -> {
                    String lead = existingDepartment("lead", required(input.lead, "lead", "请选择主办单位"));
                    List<String> co = new ArrayList<>();
                    for (String d : input.coHandlers == null ? List.<String>of() : input.coHandlers) {
                        co.add(existingDepartment("coHandlers", d));
                    }
                    c.assign(actor, now, today, lead, co);
                    notifyDepartment(lead, c, "ASSIGNED", co.isEmpty() ? "主办" : "主办（协办：" + String.join("、", co) + "）");
                    co.forEach(d -> notifyDepartment(d, c, "ASSIGNED", "协办，请将协办意见送主办单位"));
                }
                case RETURN -> {
                    String reason = required(input.reason, "reason", "请说明退回理由");
                    boolean within = c.assignedOn() != null && calendars.current()
                            .workingDaysBetween(c.assignedOn().plusDays(1), today) <= policy.returnWindow();
                    c.returnAssignment(actor, now, caller.departmentCode(), reason, within);
                }
                case OPINION -> c.opinion(actor, now, caller.departmentCode(), required(input.text, "text", "请填写协办意见"));
                case REQUEST_EXTENSION -> {
                    Integer days = input.days;
                    if (days == null || days < 1 || days > policy.maxExtension()) {
                        throw ProblemException.invalid("days", "延期天数须为 1 到 " + policy.maxExtension() + " 个工作日");
                    }
                    c.requestExtension(actor, now, days, required(input.reason, "reason", "请说明延期理由"));
                }
                case APPROVE_EXTENSION -> {
                    c.check(action);
                    int days = c.extensionRequested().orElseThrow(() -> new CaseRefused("没有待审批的延期申请"));
                    Deadline extended = deadlines.extend(c.deadlineId(), days, actor,
                            c.extensionReason() == null ? "延期" : c.extensionReason());
                    c.approveExtension(actor, now, ref(extended));
                }
                case REFUSE_EXTENSION -> c.refuseExtension(actor, now, required(input.reason, "reason", "请说明不批准的理由"));
                case URGE -> {
                    String note = input.text == null || input.text.isBlank() ? "请抓紧办理" : input.text.trim();
                    c.urge(actor, now, note);
                    outboxTo(c.leadDepartment(), "URGED", c.title(), c.id(), String.valueOf(c.dueOn()), note);
                }
                case REPLY -> {
                    c.reply(actor, now, today, required(input.text, "text", "请填写答复内容"), policy.reviewReplies());
                    if (c.state() == CaseState.REPLIED) {
                        tellSubmitterReplied(c, today);
                    }
                }
                case APPROVE_REPLY -> {
                    c.approveReply(actor, now, today);
                    tellSubmitterReplied(c, today);
                }
                case SEND_BACK_REPLY -> c.sendBackReply(actor, now, required(input.reason, "reason", "请说明退回理由"));
                case PUBLISH -> {
                    String text = input.publishedContent == null || input.publishedContent.isBlank()
                            ? c.content() : input.publishedContent;
                    c.publish(actor, now, org.govinbox.casework.control.Masking.text(text));
                }
                default -> throw ProblemException.notFound("没有这项操作");
            }
        });
        audit.record("case." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "case",
                c.id().toString(), c.state().name());
        em.flush();
        return detail(c);
    }

    /** The due date of a case's clock changed with a calendar import (D5 of Deadline): write it on the case's history. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recomputed(@Observes DueDateRecomputed event) {
        em.createNamedQuery(Case.BY_DEADLINE, Case.class).setParameter("deadline", event.deadlineId())
                .getResultStream().forEach(c -> c.recomputed(clock.instant(),
                        new ClockRef(event.deadlineId(), event.after(), event.stillProvisional()),
                        "导入 " + event.year() + " 年工作日日历"));
    }

    /**
     * Writes each due-soon and each overdue reminder once (history and mail), for every open case whose due date
     * is near or past; answers how many it wrote.
     */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        java.time.Instant now = clock.instant();
        int written = 0;
        LocalDate horizon = calendars.current().addWorkingDays(today, 30);
        for (Case c : em.createNamedQuery(Case.OPEN_WITH_DUE, Case.class).setParameter("states", openStates())
                .setParameter("horizon", horizon).getResultList()) {
            CasePolicy policy = policies.of(c.type());
            boolean overdue = c.overdue(today);
            if (overdue && !c.overdueReminded()) {
                c.remind(now, true);
                remindMail(c, "OVERDUE");
                written++;
            } else if (!overdue && !c.dueSoonReminded() && dueSoon(c, today, policy)) {
                c.remind(now, false);
                remindMail(c, "DUE_SOON");
                written++;
            }
        }
        return written;
    }

    private void remindMail(Case c, String template) {
        List<String> to = c.leadDepartment() != null
                ? departments.byCode(c.leadDepartment()).map(DepartmentView::email).stream().toList()
                : departments.officeEmails();
        to.forEach(email -> outbox.enqueue(email, template, c.title(), c.id(), String.valueOf(c.dueOn())));
    }

    // ---------------------------------------------------------------- helpers

    private void tellSubmitterReplied(Case c, LocalDate today) {
        outbox.enqueue(c.submitterEmail(), "REPLIED", c.queryCode(), c.submitterName(), c.title(), today.toString());
    }

    private void notifyDepartment(String department, Case c, String template, String how) {
        outboxTo(department, template, c.title(), c.id(), how, String.valueOf(c.dueOn()));
    }

    private void outboxTo(String department, String template, Object... arguments) {
        departments.byCode(department).map(DepartmentView::email).ifPresent(email -> outbox.enqueue(email, template, arguments));
    }

    /**
     * Whether everything that happened to the case since {@code version} was the system's own bookkeeping (due-soon
     * and overdue reminders, recomputed due dates), which must not fail a person's action on a page read before it.
     * Every change is one transaction that raises the version by one and appends at least one event, and the system's
     * changes append exactly one: so the changes since {@code version} were all the system's exactly when the last
     * (current − version) events are all the system's.
     */
    static boolean onlySystemChangesSince(Case c, long version) {
        long changes = c.version() - version;
        List<CaseEvent> history = c.history();
        if (changes <= 0 || changes > history.size()) {
            return false;
        }
        return history.subList(history.size() - (int) changes, history.size()).stream()
                .allMatch(e -> "system".equals(e.actor())
                        && (e.action() == CaseAction.REMIND || e.action() == CaseAction.RECOMPUTE));
    }

    /** S1: the case if the caller may see it; "not found" otherwise, so that nothing about it leaks. */
    Case visible(long id) {
        Case c = em.find(Case.class, id);
        String scope = scopeDepartment();
        if (c == null || (scope != null && !c.handledBy(scope))) {
            throw ProblemException.notFound("第 " + id + " 号事项不存在");
        }
        return c;
    }

    /** Null for a dispatcher (sees all); the caller's department for a handler. */
    private String scopeDepartment() {
        if (caller.holdsAny(Role.DISPATCHER)) {
            return null;
        }
        if (caller.holdsAny(Role.HANDLER)) {
            return caller.departmentCode() == null ? "\u0000" : caller.departmentCode();
        }
        throw ProblemException.forbidden("只有交办督办员和承办人可以查看办理事项");
    }

    /** S2 */
    private void authorise(Case c, CaseAction action) {
        boolean dispatcher = caller.holdsAny(Role.DISPATCHER) && DISPATCHER_ACTIONS.contains(action);
        boolean lead = caller.holdsAny(Role.HANDLER) && LEAD_ACTIONS.contains(action)
                && caller.departmentCode() != null && caller.departmentCode().equals(c.leadDepartment());
        boolean co = caller.holdsAny(Role.HANDLER) && CO_HANDLER_ACTIONS.contains(action)
                && c.coHandlers().stream().anyMatch(h -> h.department().equals(caller.departmentCode()));
        if (!dispatcher && !lead && !co) {
            throw ProblemException.forbidden("您无权对该件执行「" + action.label() + "」");
        }
    }

    /** The actions the caller could take now: what the detail page offers. */
    private List<String> actionsFor(Case c) {
        List<String> actions = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (!action.allowedIn(c.state()) || action == CaseAction.REMIND || action == CaseAction.RECOMPUTE
                    || action == CaseAction.RATE) {
                continue;
            }
            try {
                authorise(c, action);
            } catch (ProblemException e) {
                continue;
            }
            if ((action == CaseAction.APPROVE_EXTENSION || action == CaseAction.REFUSE_EXTENSION)
                    && c.extensionRequested().isEmpty()) {
                continue;
            }
            if (action == CaseAction.PUBLISH && (!c.publicConsent() || c.published())) {
                continue;
            }
            actions.add(action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return actions;
    }

    private CaseViews.Detail detail(Case c) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = departmentNames();
        CasePolicy policy = policies.of(c.type());
        List<CaseViews.Attachment> attachments = em.createNamedQuery(CaseAttachment.OF_CASE, CaseAttachment.class)
                .setParameter("case", c.id()).getResultStream()
                .map(a -> new CaseViews.Attachment(a.id(), a.filename(), a.mediaType(), a.size())).toList();
        List<CaseViews.Event> history = c.history().stream().map(e -> new CaseViews.Event(e.occurredAt(), e.actor(),
                e.action().name(), e.action().label(), e.fromState() == null ? null : e.fromState().name(),
                e.toState().name(), e.toState().label(), e.department(), e.note())).toList();
        return new CaseViews.Detail(c.id(), c.type(), CasePolicies.typeName(c.type()), c.state().name(), c.state().label(),
                c.title(), c.content(), c.channel(), policy.channels().getOrDefault(c.channel(), c.channel()),
                c.category(), policy.categories().getOrDefault(c.category(), c.category()),
                new CaseViews.Submitter(c.submitterName(), c.submitterPhone(), c.submitterEmail()), c.publicConsent(),
                c.receivedAt(), c.leadDepartment(), names.get(c.leadDepartment()),
                c.coHandlers().stream().map(h -> new CaseViews.CoHandlerView(h.department(), names.get(h.department()), h.opinion())).toList(),
                c.assignedOn(), c.dueOn(), c.dueProvisional(), c.overdue(today), dueSoon(c, today, policy),
                c.extensionRequested().orElse(null), c.extensionReason(),
                c.replyText() == null ? null : new CaseViews.Reply(c.replyText(), c.repliedAt(), c.repliedOnTime()),
                c.satisfaction() == null ? null : c.satisfaction().name(), c.ratingComment(), c.rehandled(),
                c.duplicateOf(), c.rejectReason(), c.published(), c.publishedContent(), c.version(), attachments, history,
                actionsFor(c));
    }

    private CaseViews.ListItem listItem(Case c, LocalDate today, Map<String, String> names) {
        CasePolicy policy = policies.of(c.type());
        return new CaseViews.ListItem(c.id(), c.type(), CasePolicies.typeName(c.type()), c.state().name(),
                c.state().label(), c.title(), c.channel(), policy.channels().getOrDefault(c.channel(), c.channel()),
                c.category(), policy.categories().getOrDefault(c.category(), c.category()), c.leadDepartment(),
                names.get(c.leadDepartment()), c.receivedAt(), c.dueOn(), c.dueProvisional(), c.overdue(today),
                dueSoon(c, today, policy));
    }

    /** Due within the policy's "due soon" working days, not yet overdue. */
    boolean dueSoon(Case c, LocalDate today, CasePolicy policy) {
        if (!c.state().open() || c.dueOn() == null || c.overdue(today)) {
            return false;
        }
        return calendars.current().workingDaysBetween(today.plusDays(1), c.dueOn()) <= policy.dueSoonWithin();
    }

    static Set<CaseState> openStates() {
        return EnumSet.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.ASSIGNED, CaseState.REVIEW);
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
    }

    private String existingDepartment(String field, String code) {
        return departments.byCode(code).map(DepartmentView::code)
                .orElseThrow(() -> ProblemException.invalid(field, "部门 " + code + " 不存在"));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return value.trim();
    }

    private static void refusedAs409(Runnable change) {
        try {
            change.run();
        } catch (CaseRefused e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private static ClockRef ref(Deadline deadline) {
        return new ClockRef(deadline.id(), deadline.dueOn(), deadline.provisional());
    }

    private List<CaseAttachment> claimable(List<String> tokens) {
        List<CaseAttachment> found = new ArrayList<>();
        for (String token : tokens == null ? List.<String>of() : tokens) {
            CaseAttachment a = em.createNamedQuery(CaseAttachment.BY_TOKEN, CaseAttachment.class)
                    .setParameter("token", token).getResultStream().findFirst()
                    .filter(x -> x.caseId() == null)
                    .orElseThrow(() -> ProblemException.invalid("attachments", "附件已失效，请重新上传"));
            found.add(a);
        }
        return found;
    }

    private String uniqueCode() {
        while (true) {
            String code = QueryCodes.newCode();
            if (em.createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", code).getResultList().isEmpty()) {
                return code;
            }
        }
    }

    private byte[] key() {
        return secrets.key(QUERY_KEY);
    }

    private static String digest(Case.Submission s, List<String> attachments) {
        String joined = String.join("\u0001", s.type(), s.channel(), s.category(), s.title(), s.content(), s.name(),
                String.valueOf(s.phone()), String.valueOf(s.email()), String.valueOf(s.publicConsent()),
                String.join(",", attachments == null ? List.of() : attachments));
        return org.govinbox.accounts.control.Secrets.sha256(joined);
    }
}
