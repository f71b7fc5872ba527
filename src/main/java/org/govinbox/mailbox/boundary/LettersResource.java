package org.govinbox.mailbox.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.govinbox.calendar.boundary.Calendars;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.Attachments;
import org.govinbox.casework.boundary.CaseRequests;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.control.Masking;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.platform.boundary.LargeBody;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.RateLimiter;
import org.govinbox.platform.boundary.Retry;

/**
 * {@code /api/letters}: the public side of the mayor's and district head's mailboxes — write a letter (with
 * attachments), follow it with its query code and secret, rate the reply, read the published replies.
 * The query code and secret travel only in request bodies, never in a URL.
 */
@Path("letters")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "信箱 Mailbox (public)")
public class LettersResource {

    static final String RATE_BUCKET = "letter-lookup";
    static final String WRITE_BUCKET = "letter-write";

    /** A letter as written in the form. */
    public static class LetterForm {
        public String mailbox;
        public String category;
        public String title;
        public String content;
        public String name;
        public String phone;
        public String email;
        /** B1: a field people never see; a bot fills it. */
        public String website;
        public Boolean publicConsent;
        /** The privacy notice's box: required (anything but true is refused with the other fields, in one answer). */
        public Boolean privacyAccepted;
        /** P1: the version of the notice the writer read ({@code /api/letters/form}); the current one if omitted. */
        public String noticeVersion;
        public List<String> attachments;
    }

    public static class Lookup {
        public String queryCode;
        public String querySecret;
    }

    public static class Rating {
        public String queryCode;
        public String querySecret;
        public String satisfaction;
        public String comment;
    }

    public record Named(String code, String name) {
    }

    public record FormView(List<Named> mailboxes, List<Named> categories, int titleMax, int contentMax,
                           int attachmentsMaxCount, long attachmentsMaxBytes, List<String> attachmentTypes,
                           String privacyNotice, String noticeVersion) {
    }

    /**
     * What the writer is told at once: the codes (shown once), whether they also go out by mail, and the days the
     * letter will be accepted by and answered by at the latest (accepted on the last day, answered on the last day).
     */
    public record LetterReceipt(String queryCode, String querySecret, Instant receivedAt, LocalDate acceptBy,
                                LocalDate replyBy, boolean mailed,
                                @jakarta.json.bind.annotation.JsonbTransient boolean replayed) {
    }

    public record ReplyView(String text, Instant repliedAt) {
    }

    /** A step of the letter as its writer sees it: the day and the state it reached (no staff, no notes). */
    public record Step(Instant at, String stateName) {
    }

    /** A reply the writer was sent, in the round (1, then 2 after a 不满意) it answered. */
    public record RoundReply(int round, String text, Instant repliedAt) {
    }

    /**
     * What the writer of a letter sees of it: no more than they wrote and what was done. {@code acceptBy} while it
     * waits to be accepted, {@code dueOn} (the reply's) once accepted; {@code reply} the latest, {@code replies} all.
     */
    public record Status(String queryCode, String mailboxName, String categoryName, String title, String content,
                         String state, String stateName, Instant receivedAt, String departmentName, LocalDate acceptBy,
                         LocalDate dueOn, ReplyView reply, List<RoundReply> replies, List<Step> steps, boolean canRate,
                         String satisfaction, String rejectReason, boolean publicConsent, Instant consentWithdrawnAt,
                         boolean published) {
    }

    public record PublishedLetter(long id, String mailboxName, String categoryName, String title, String content,
                                  String writer, Instant receivedAt, String departmentName, String reply,
                                  Instant repliedAt) {
    }

    @Inject
    Cases cases;

    @Inject
    LetterType type;

    @Inject
    LetterRules rules;

    @Inject
    Attachments attachments;

    @Inject
    Departments departments;

    @Inject
    RateLimiter limiter;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    @ConfigProperty(name = "govinbox.letter.lookups-per-minute", defaultValue = "10")
    int lookupsPerMinute;

    @Inject
    @ConfigProperty(name = "govinbox.letter.writes-per-minute", defaultValue = "30")
    int writesPerMinute;

    @GET
    @Path("form")
    @Operation(summary = "写信表单的选项和限制 Mailboxes, categories and limits of the letter form")
    public FormView form() {
        CasePolicy policy = type.policy();
        return new FormView(named(policy.channels()), named(policy.categories()), rules.titleMax(), rules.contentMax(),
                rules.attachmentsMaxCount(), rules.attachmentsMaxBytes(), Attachments.TYPES, rules.notice(),
                rules.noticeVersion());
    }

    @Inject
    org.govinbox.platform.boundary.BotDefence bots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "写信 Write a letter", description = "201 {queryCode, querySecret, receivedAt, acceptBy, replyBy, mailed}, shown once "
            + "and mailed when an e-mail address is given; the same Idempotency-Key answers the same receipt again (200)")
    public Response write(@HeaderParam("Idempotency-Key") String idempotencyKey,
                          @HeaderParam("X-Proof-Of-Work") String proofOfWork, LetterForm form) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ProblemException.invalid("Idempotency-Key", "Idempotency-Key 须为 1 到 100 个字符");
        }
        limiter.acquire(WRITE_BUCKET, caller.clientAddress(), writesPerMinute);
        LetterRules.Letter letter = rules.check(form);
        bots.check(form == null ? null : form.website, proofOfWork, idempotencyKey);
        Case.Submission s = letter.submission();
        String mailbox = type.policy().channelName(s.channel()).orElse(s.channel());
        Cases.Receipt receipt = Retry.onDuplicateOrTransientFailure(() -> cases.receive(s, List.of(letter.writer()), idempotencyKey,
                form.attachments, "RECEIPT", letter.writer().name(), mailbox, s.title(), LocalDate.now(clock).toString()));
        CasePolicy policy = type.policy();
        LocalDate today = LocalDate.now(clock);
        LocalDate acceptBy = calendars.current().due(policy.clock(), today, policy.acceptWithin()).due();
        LocalDate replyBy = calendars.current().due(policy.clock(), acceptBy, policy.replyWithin(s.category())).due();
        LetterReceipt answer = new LetterReceipt(receipt.queryCode(), receipt.querySecret(), receipt.receivedAt(), acceptBy,
                replyBy, letter.writer().email() != null, receipt.replayed());
        return Response.status(receipt.replayed() ? 200 : 201).entity(answer).build();
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.letter.attachments.max-bytes")
    @Operation(summary = "上传附件 Upload an attachment (image or PDF) before sending the letter",
            description = "the raw file as the body; its name in the X-Filename header (URL-encoded); 201 {token}")
    public Response upload(@HeaderParam("X-Filename") String filename, byte[] content) {
        limiter.acquire(WRITE_BUCKET, caller.clientAddress(), writesPerMinute);
        Attachments.Uploaded uploaded = attachments.uploadAnonymous(filename, content, rules.attachmentsMaxBytes(), caller.clientAddress());
        return Response.status(201).entity(uploaded).build();
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "查询来信 Follow a letter with its query code and secret",
            description = "404 for a wrong pair, whether the code exists or not; 429 with Retry-After when a client "
                    + "asks too often")
    public Status lookup(Lookup lookup) {
        limiter.acquire(RATE_BUCKET, caller.clientAddress(), lookupsPerMinute);
        Lookup l = lookup == null ? new Lookup() : lookup;
        return cases.lookup(l.queryCode, l.querySecret).map(this::status)
                .orElseThrow(() -> ProblemException.notFound("查询码或查询密码不正确"));
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "评价答复 Rate the reply: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED (sent back for re-handling)")
    public Status rate(Rating rating) {
        limiter.acquire(RATE_BUCKET, caller.clientAddress(), lookupsPerMinute);
        Rating r = rating == null ? new Rating() : rating;
        CaseRequests.Rate checked = CaseRequests.Rate.of(rules.satisfaction(r.satisfaction), rules.comment(r.comment));
        return status(Retry.onTransientFailure(() -> cases.actAsSubmitter(r.queryCode, r.querySecret, "RATE", checked)));
    }

    @POST
    @Path("consent-withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "撤回公开同意 The writer withdraws their consent to publication (P1), with the query code and "
            + "secret", description = "at any time; a published letter is taken down at once; 409 when there is no "
            + "consent to withdraw; on the letter's history and in the audit trail")
    public Status withdrawConsent(Lookup lookup) {
        limiter.acquire(RATE_BUCKET, caller.clientAddress(), lookupsPerMinute);
        Lookup l = lookup == null ? new Lookup() : lookup;
        return status(Retry.onTransientFailure(() -> cases.actAsSubmitter(l.queryCode, l.querySecret, "WITHDRAW_CONSENT",
                new CaseRequests.None())));
    }

    @GET
    @Path("published")
    @Operation(summary = "公开的来信和答复 Published letters and replies, newest first, personal data masked",
            description = "filters: mailbox, category (codes of /api/letters/form), q (words of the title)")
    public Page<PublishedLetter> published(@QueryParam("mailbox") String mailbox, @QueryParam("category") String category,
                                           @QueryParam("q") String q, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        CasePolicy policy = type.policy();
        String channel = mailbox == null || mailbox.isBlank() ? null : mailbox.trim();
        if (channel != null && !policy.channels().containsKey(channel)) {
            throw ProblemException.invalid("mailbox", "未知的信箱：" + channel);
        }
        String kind = category == null || category.isBlank() ? null : category.trim();
        if (kind != null && !policy.categories().containsKey(kind)) {
            throw ProblemException.invalid("category", "未知的来信类别：" + kind);
        }
        String words = q == null || q.isBlank() ? null : q.trim();
        if (words != null && words.length() > 50) {
            throw ProblemException.invalid("q", "检索词不能超过 50 个字");
        }
        Page<Case> found = cases.published(LetterType.CODE, channel, kind, words, PageRequest.of(page, size));
        return new Page<>(found.total(), found.page(), found.size(), found.items().stream().map(this::publishedLetter).toList());
    }

    @GET
    @Path("published/{id}")
    @Operation(summary = "一封公开的来信 One published letter and its reply; 404 for any other")
    public PublishedLetter publishedOne(@PathParam("id") long id) {
        return cases.publishedOne(LetterType.CODE, id).map(this::publishedLetter)
                .orElseThrow(() -> ProblemException.notFound("该来信不存在或未公开"));
    }

    private PublishedLetter publishedLetter(Case c) {
        CasePolicy policy = type.policy();
        return new PublishedLetter(c.id(), policy.channels().get(c.channel()), policy.categories().get(c.category()),
                c.publishedTitle() != null ? c.publishedTitle() : Masking.text(c.title()), c.publishedContent(),
                Masking.name(c.submitter().name()), c.receivedAt(), departmentName(c.leadDepartment()),
                // P2: published before replies were masked and edited: masked as a publication is now
                c.publishedReply() != null ? c.publishedReply() : c.lastReply().map(r -> Masking.publication(r.text(),
                        c.parties().stream().map(org.govinbox.casework.entity.CaseParty::name).toList())).orElse(null),
                c.lastReply().map(CaseReply::sentAt).orElse(null));
    }

    private Status status(Case c) {
        CasePolicy policy = type.policy();
        boolean open = type.workflow().state(c.state()).open();
        boolean waiting = c.state().equals("RECEIVED");
        List<Step> steps = c.history().stream()
                .filter(e -> e.toState() != null && !e.toState().equals(e.fromState()))
                .map(e -> new Step(e.occurredAt(), type.workflow().state(e.toState()).label())).toList();
        List<RoundReply> replies = c.replies().stream().filter(r -> r.sentAt() != null)
                .map(r -> new RoundReply(r.round(), r.text(), r.sentAt())).toList();
        return new Status(c.queryCode(), policy.channels().get(c.channel()), policy.categories().get(c.category()),
                c.title(), c.content(), c.state(), type.workflow().state(c.state()).label(), c.receivedAt(),
                departmentName(c.leadDepartment()), open && waiting ? c.dueOn() : null,
                open && !waiting ? c.dueOn() : null,
                replies.isEmpty() ? null : new ReplyView(replies.get(replies.size() - 1).text(), replies.get(replies.size() - 1).repliedAt()),
                replies, steps,
                type.workflow().transition("RATE").orElseThrow().allowedIn(c.state()),
                c.submitter().rating().map(r -> r.satisfaction().name()).orElse(null), c.rejectReason(),
                c.submitter().consent(), c.submitter().consentWithdrawnAt(), c.published());
    }

    private String departmentName(String code) {
        return code == null ? null : departments.byCode(code).map(Departments.DepartmentView::name).orElse(null);
    }

    private static List<Named> named(java.util.Map<String, String> pairs) {
        return pairs.entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList();
    }
}
