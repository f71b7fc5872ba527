package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.casework.control.QueryCodes;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.casework.entity.CaseEvent;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.boundary.AppSecrets;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.RequestBodies;

/**
 * The case engine's use cases, for every case type: receiving a submission, following it with its query code,
 * the submitter's and the staff's actions — each action in one transaction with its history event, its audit
 * event, its clocks and its notices — and the staff's lists. What an action does is its type's ({@link CaseType}).
 */
@ApplicationScoped
public class Cases {

    static final String QUERY_KEY = "idempotent-secret";
    /** The stored "hash" of a case no secret opens (imported history). */
    static final String NO_SECRET = "none";

    /** What a submitter is told once. */
    public record Receipt(String queryCode, String querySecret, Instant receivedAt, boolean replayed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes types;

    @Inject
    CaseEngine engine;

    @Inject
    CaseScope scope;

    @Inject
    CaseViews views;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail audit;

    @Inject
    AppSecrets secrets;

    @Inject
    RequestBodies bodies;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<CasesChanged> changed;

    // ---------------------------------------------------------------- submitters

    /**
     * Receives a submission, durably, before it is acknowledged, and starts its acceptance clock; a repeated
     * idempotency key answers the first receipt again (and refuses a different submission under the same key).
     * {@code receiptTemplate} is mailed to the first party with the code and secret.
     */
    @Transactional
    public Receipt receive(Case.Submission submission, List<CaseParty.Details> parties, String idempotencyKey,
                           List<String> attachmentTokens, String receiptTemplate, Object... receiptArguments) {
        return receive(submission, parties, idempotencyKey, attachmentTokens, null, receiptTemplate, receiptArguments);
    }

    /**
     * Receives a submission that arrived on {@code arrivedOn} (by post, in person, by fax: registered by staff later);
     * its clocks count from that day (null: today, now). A day after today is refused.
     */
    @Transactional
    public Receipt receive(Case.Submission submission, List<CaseParty.Details> parties, String idempotencyKey,
                           List<String> attachmentTokens, LocalDate arrivedOn, String receiptTemplate,
                           Object... receiptArguments) {
        String digest = Secrets.sha256(String.join("\u0001", submission.toString(), parties.toString(),
                String.join(",", attachmentTokens == null ? List.of() : attachmentTokens)));
        String keyHash = idempotencyKey == null ? null : Secrets.sha256("idempotency|" + idempotencyKey);
        if (keyHash != null) {
            Optional<Case> earlier = em.createNamedQuery(Case.BY_IDEMPOTENCY_KEY, Case.class)
                    .setParameter("key", keyHash).getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!digest.equals(earlier.get().requestDigest())) {
                    throw ProblemException.conflict("Idempotency-Key", "该 Idempotency-Key 已用于另一次不同内容的提交");
                }
                Case first = earlier.get();
                return new Receipt(first.queryCode(), QueryCodes.secretFor(idempotencyKey, first.queryCode(), key()),
                        first.receivedAt(), true);
            }
        }
        CaseType type = types.of(submission.type());
        List<CaseAttachment> claimed = attachments.claimable(attachmentTokens);
        String code = uniqueCode(em);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (arrivedOn != null && arrivedOn.isAfter(today)) {
            throw ProblemException.invalid("receivedOn", "收到日期不能晚于今天");
        }
        LocalDate day = arrivedOn == null ? today : arrivedOn;
        Instant at = arrivedOn == null || arrivedOn.equals(today) ? now
                : arrivedOn.atStartOfDay(org.govinbox.platform.boundary.Clocks.CHINA).toInstant();
        Case received = Case.receive(type.workflow(), submission, parties, code, keyHash, digest,
                type.submitterName(), at);
        String secret = idempotencyKey == null ? QueryCodes.newSecret() : QueryCodes.secretFor(idempotencyKey, code, key());
        received.protect(QueryCodes.hash(secret), keyHash);
        em.persist(received);
        em.flush();
        engine.clocks().start(received, "ACCEPT", null, type.policy().clock(), type.policy().acceptWithin(), 0,
                day, "system");
        type.received(new CaseContext(received, type, type.workflow().transition(Workflow.RECEIVE).orElseThrow(),
                "system", null, at, day, engine));
        claimed.forEach(a -> a.claim(received.id()));
        Object[] arguments = new Object[receiptArguments.length + 2];
        arguments[0] = code;
        System.arraycopy(receiptArguments, 0, arguments, 1, receiptArguments.length);
        arguments[arguments.length - 1] = secret;
        engine.notices().toAddress(type, parties.get(0).email(), receiptTemplate, arguments);
        changed.fire(new CasesChanged(type.code(), List.of(received.id())));
        return new Receipt(code, secret, at, false);
    }

    /** The case behind a code and secret, or nothing; the same nothing, as slowly, whether the code exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Case> lookup(String code, String secret) {
        String normalised = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        Optional<Case> found = normalised == null ? Optional.empty() : em.createNamedQuery(Case.BY_QUERY_CODE, Case.class)
                .setParameter("code", normalised).getResultStream().findFirst();
        boolean matches = QueryCodes.matches(secret, found.map(Case::querySecretHash).orElse(null));
        return matches ? found : Optional.empty();
    }

    /** A submitter's action (a rating …) on the case behind their code and secret. */
    @Transactional
    public Case actAsSubmitter(String code, String secret, String action, Object body) {
        Case c = lookup(code, secret).orElseThrow(() -> ProblemException.notFound("查询码或查询密码不正确"));
        CaseType type = types.of(c.type());
        Object input = bodies.valid(body);
        perform(c, type, type.workflow().allowed(action, c.state()), action(type, action), input, type.submitterName(), null, null);
        return c;
    }

    /**
     * An action by a trusted server-side caller (demo data, a bulk import made by the office) acting as {@code actor}
     * of {@code actorDepartment}: the state must allow it and the body must be valid, but no session is consulted.
     */
    @Transactional
    public void actAsSystem(long id, String path, Object body, String actor, String actorDepartment) {
        Case c = em.find(Case.class, id);
        CaseType type = types.of(c.type());
        String name = Workflow.fromPath(path);
        perform(c, type, type.workflow().allowed(name, c.state()), action(type, name), bodies.valid(body), actor,
                actorDepartment, null);
    }

    /**
     * A party's personal link secret (every party of a case with several — each proposer of a suggestion — gets a
     * link of their own to act on it, e.g. to rate the reply): a new one each time a link is sent, only its hash kept
     * (Q3), so the last link sent is the one that works.
     */
    public String issuePartySecret(CaseParty party) {
        String secret = QueryCodes.newSecret();
        party.protect(QueryCodes.hash(secret));
        return secret;
    }

    /** The case behind a party's personal link, or nothing; the same nothing whether the code exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Case> lookupParty(String code, int seq, String secret) {
        String normalised = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        Optional<Case> found = normalised == null || seq < 1 ? Optional.empty()
                : em.createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", normalised).getResultStream()
                        .filter(c -> c.parties().size() >= seq).findFirst();
        String partyHash = found.map(c -> c.parties().get(seq - 1).secretHash()).orElse(null);
        if (QueryCodes.matches(secret, partyHash)) {
            return found;
        }
        return seq == 1 && found.isPresent() && QueryCodes.matches(secret, found.get().querySecretHash()) ? found : Optional.empty();
    }

    /** A party's action through their personal link: the action's context names the party ({@code party()}). */
    @Transactional
    public Case actAsParty(String code, int seq, String secret, String action, Object body) {
        Case c = lookupParty(code, seq, secret).orElseThrow(() -> ProblemException.notFound("链接无效或已失效"));
        CaseType type = types.of(c.type());
        Object input = bodies.valid(body);
        perform(c, type, type.workflow().allowed(action, c.state()), action(type, action), input,
                type.submitterName() + "（" + c.party(seq).name() + "）", null, seq);
        return c;
    }

    /** The published cases of a type, newest first, by channel, category and words of the title (each may be null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Case> published(String type, String channel, String category, String words, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE c.type = :type AND c.published = TRUE");
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("type", type);
        if (channel != null) {
            where.append(" AND c.channel = :channel");
            parameters.put("channel", channel);
        }
        if (category != null) {
            where.append(" AND c.category = :category");
            parameters.put("category", category);
        }
        if (words != null) {
            where.append(" AND c.title LIKE :words");
            parameters.put("words", "%" + words.replace("%", "").replace("_", "") + "%");
        }
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Case c" + where, Long.class);
        jakarta.persistence.TypedQuery<Case> select = em.createQuery("SELECT c FROM Case c" + where
                + " ORDER BY c.receivedAt DESC, c.id DESC", Case.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<Case> items = select.setFirstResult(page.firstRow()).setMaxResults(page.size()).getResultList();
        return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
    }

    /** A published case of the type, or empty (unknown, unpublished or of another type alike). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Case> publishedOne(String type, long id) {
        Case c = em.find(Case.class, id);
        return c != null && c.type().equals(type) && c.published() ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    // ---------------------------------------------------------------- staff

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseViews.Detail detail(long id) {
        return detail(scope.visible(id));
    }

    /**
     * Staff attach a document to a case they handle (a reply's 复文 as PDF …): stored with the case at once, and in
     * the audit trail. The government office, the lead and the co-handlers may; S1 first (404).
     */
    @Transactional
    public CaseViews.Attachment attach(long id, String filename, byte[] content, long maxBytes) {
        Case c = scope.visible(id);
        if (!scope.may(c, Workflow.By.DISPATCHER) && !scope.may(c, Workflow.By.LEAD) && !scope.may(c, Workflow.By.CO_HANDLER)) {
            throw ProblemException.forbidden("只有交办督办员和承办单位可以上传附件");
        }
        if (!types.of(c.type()).workflow().state(c.state()).open()) {
            throw new org.govinbox.platform.entity.Refused("该件已答复或办结，不能再上传附件");
        }
        Attachments.Uploaded uploaded = attachments.upload(filename, content, maxBytes);
        attachments.claimable(List.of(uploaded.token())).forEach(a -> a.claim(c.id()));
        audit.record(scope.actor(), "case.attach", "case", c.id().toString(),
                org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS, uploaded.filename());
        return attachments.listed(c).stream().filter(a -> a.filename().equals(uploaded.filename()))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseAttachment attachment(long caseId, long attachmentId) {
        return attachments.of(scope.visible(caseId), attachmentId);
    }

    /**
     * One staff action on one case: 404 unless the caller may see the case or the type has the action; 403 unless
     * the caller performs it (S2); 409 for a stale {@code expectedVersion} (If-Match) or a state that does not
     * allow it; 400 for a body its request record does not accept.
     */
    @Transactional
    public CaseViews.Detail act(long id, String path, String body, Long expectedVersion) {
        Case c = scope.visible(id);
        CaseType type = types.of(c.type());
        String name = Workflow.fromPath(path);
        CaseAction<?> action = staffAction(type, name).orElseThrow(() -> ProblemException.notFound("没有「" + path + "」这项操作"));
        Workflow.Transition transition = type.workflow().transition(name).orElseThrow();
        scope.authorise(c, transition);
        if (expectedVersion != null && expectedVersion != c.version() && !onlySystemChangesSince(c, expectedVersion)) {
            throw ProblemException.conflict("该件已被他人处理（版本 " + c.version() + "），请刷新后重试");
        }
        Object input = bodies.read(body, action.body());
        type.workflow().allowed(name, c.state());
        perform(c, type, transition, action, input, scope.actor(), scope.actorDepartment(), null);
        em.flush();
        return detail(c);
    }

    /**
     * What an action would do (P2: exactly what a publication shows), for a caller who may perform it in the case's
     * state; nothing is changed or recorded. 404 for an action without a preview.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object preview(long id, String path, String body) {
        Case c = scope.visible(id);
        CaseType type = types.of(c.type());
        String name = Workflow.fromPath(path);
        CaseAction action = staffAction(type, name).filter(a -> a.preview() != null)
                .orElseThrow(() -> ProblemException.notFound("「" + path + "」这项操作没有预览"));
        scope.authorise(c, type.workflow().transition(name).orElseThrow());
        type.workflow().allowed(name, c.state());
        return action.preview().of(c, bodies.read(body, action.body()));
    }

    /** The type's action of that name that staff perform (a submitter's own actions are not theirs to call). */
    private static Optional<CaseAction<?>> staffAction(CaseType type, String name) {
        return type.actions().stream().filter(a -> a.name().equals(name)).findFirst()
                .filter(a -> type.workflow().transition(name).filter(t -> t.by() != Workflow.By.SUBMITTER).isPresent());
    }

    @SuppressWarnings("unchecked")
    private <B> void perform(Case c, CaseType type, Workflow.Transition transition, CaseAction<B> action, Object body,
                             String actor, String actorDepartment, Integer party) {
        Instant now = clock.instant();
        CaseContext context = new CaseContext(c, type, transition, actor, actorDepartment, now, LocalDate.now(clock), engine, party);
        CaseAction.Outcome outcome = action.handler().perform(context, (B) body);
        c.record(type.workflow(), transition, outcome.to(), actor, now, outcome.department(), outcome.note());
        engine.clocks().settle(c, actor);
        audit.record(actor, "case." + transition.path(), "case", c.id().toString(),
                org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS,
                type.name() + "：" + transition.label() + " → " + type.workflow().state(c.state()).label());
        changed.fire(new CasesChanged(c.type(), List.of(c.id())));
    }

    private static CaseAction<?> action(CaseType type, String name) {
        return type.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
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
                        && (Workflow.REMIND.equals(e.action()) || Workflow.RECOMPUTE.equals(e.action())));
    }

    private CaseViews.Detail detail(Case c) {
        CaseType type = types.of(c.type());
        List<String> offered = new ArrayList<>();
        for (CaseAction<?> action : type.actions()) {
            Workflow.Transition t = type.workflow().transition(action.name()).orElseThrow();
            if (t.allowedIn(c.state()) && scope.may(c, t.by()) && action.offered().test(c)) {
                offered.add(t.path());
            }
        }
        return views.detail(c, type, attachments.listed(c), offered, LocalDate.now(clock));
    }

    /** A query code no case has (taking the persistence context of the caller, which may run in the background). */
    static String uniqueCode(EntityManager em) {
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
}
