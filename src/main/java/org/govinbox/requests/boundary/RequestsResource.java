package org.govinbox.requests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.Role;
import org.govinbox.casework.boundary.Attachments;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.LargeBody;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.RateLimiter;
import org.govinbox.platform.boundary.Retry;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.DeliveryMethod;
import org.govinbox.requests.entity.DisclosureRequest;

/**
 * {@code /api/requests}: applying for government information (依申请公开) without an account — the form's options,
 * the application (with attachments and an Idempotency-Key), following it with the query code and secret, the
 * applicant's correction — and, for the government office, registering an application that came by post, in
 * person or by fax, and reading a request's record. Staff act on requests at {@code /api/cases/{id}/{action}}.
 * The query code and secret travel only in request bodies, never in a URL.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "依申请公开 Disclosure requests")
public class RequestsResource {

    static final String LOOKUP_BUCKET = "request-lookup";
    static final String WRITE_BUCKET = "request-write";

    public record Named(String code, String name) {
    }

    public record FormView(List<Named> applicantTypes, List<Named> idKinds, List<Named> forms, List<Named> deliveries,
                           List<Named> vias, int descriptionMax, int attachmentsMaxCount, long attachmentsMaxBytes,
                           List<String> attachmentTypes, int replyWithin, int maxExtension) {
    }

    public static class Lookup {
        public String queryCode;
        public String querySecret;
    }

    public static class CorrectionForm extends Lookup {
        public String text;
    }

    @Inject
    Applications applications;

    @Inject
    ApplicationRules rules;

    @Inject
    RequestType type;

    @Inject
    Attachments attachments;

    @Inject
    RateLimiter limiter;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "govinbox.requests.lookups-per-minute", defaultValue = "10")
    int lookupsPerMinute;

    @Inject
    @ConfigProperty(name = "govinbox.requests.writes-per-minute", defaultValue = "30")
    int writesPerMinute;

    @Inject
    @ConfigProperty(name = "govinbox.requests.attachments.max-bytes", defaultValue = "5242880")
    long attachmentsMaxBytes;

    @GET
    @Path("form")
    @Public
    @Operation(summary = "申请表的选项和限制 The application form's options and limits")
    public FormView form() {
        return new FormView(
                Arrays.stream(ApplicantType.values()).map(t -> new Named(t.name(), t.label())).toList(),
                List.of(new Named("ID_CARD", "居民身份证"), new Named("OTHER_DOCUMENT", "其他有效身份证件")),
                Arrays.stream(DisclosureRequest.InfoForm.values()).map(f -> new Named(f.name(), f.label())).toList(),
                Arrays.stream(DeliveryMethod.values()).map(d -> new Named(d.name(), d.label())).toList(),
                Arrays.stream(DisclosureRequest.Via.values()).map(v -> new Named(v.name(), v.label())).toList(),
                rules.descriptionMax(), rules.attachmentsMaxCount(), attachmentsMaxBytes, Attachments.TYPES,
                type.policy().replyWithin("GENERAL"), type.policy().maxExtension());
    }

    @Inject
    org.govinbox.platform.boundary.BotDefence bots;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "提交政府信息公开申请 Apply (applicantType PERSON|COMMERCIAL|RESEARCH|NON_PROFIT|LEGAL_SERVICE|OTHER, "
            + "name, idKind, idNumber, contactPerson, phone, email, address, description, purpose, form, delivery "
            + "EMAIL|POST|PICKUP|ONLINE, feeWaiver, feeWaiverReason, attachments)",
            description = "201 {queryCode, querySecret, receivedAt, dueOn}; an 18-digit resident identity card number "
                    + "with a wrong check digit is 400 naming idNumber; the same Idempotency-Key answers the same receipt (200)")
    public Response apply(@HeaderParam("Idempotency-Key") String idempotencyKey,
                          @HeaderParam("X-Proof-Of-Work") String proofOfWork, ApplicationRules.Form form) {
        key(idempotencyKey);
        limiter.acquire(WRITE_BUCKET, caller.clientAddress(), writesPerMinute);
        ApplicationRules.Application a = rules.check(form, false);
        bots.check(form == null ? null : form.website, proofOfWork, idempotencyKey);
        Applications.Receipt receipt = Retry.onDuplicateOrTransientFailure(() -> applications.receive(a, idempotencyKey,
                form.attachments, null));
        return Response.status(receipt.replayed() ? 200 : 201).entity(receipt).build();
    }

    @POST
    @Path("attachments")
    @Public
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.requests.attachments.max-bytes")
    @Operation(summary = "上传证明材料 Upload a proof attachment (image or PDF) before applying",
            description = "the raw file as the body; its name in the X-Filename header (URL-encoded); 201 {token}")
    public Response upload(@HeaderParam("X-Filename") String filename, byte[] content) {
        limiter.acquire(WRITE_BUCKET, caller.clientAddress(), writesPerMinute);
        return Response.status(201).entity(attachments.uploadAnonymous(filename, content, attachmentsMaxBytes, caller.clientAddress())).build();
    }

    @POST
    @Path("lookup")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "查询申请 Follow an application with its query code and secret",
            description = "404 for a wrong pair, whether the code exists or not; 429 with Retry-After when asked too often")
    public Applications.Status lookup(Lookup lookup) {
        limiter.acquire(LOOKUP_BUCKET, caller.clientAddress(), lookupsPerMinute);
        Lookup l = lookup == null ? new Lookup() : lookup;
        return applications.lookup(l.queryCode, l.querySecret)
                .orElseThrow(() -> ProblemException.notFound("查询码或查询密码不正确"));
    }

    @POST
    @Path("correction")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "提交补正 The applicant's correction {queryCode, querySecret, text}",
            description = "only while a correction is asked for (409 otherwise); the reply clock starts afresh today")
    public Applications.Status correction(CorrectionForm form) {
        limiter.acquire(LOOKUP_BUCKET, caller.clientAddress(), lookupsPerMinute);
        CorrectionForm f = form == null ? new CorrectionForm() : form;
        if (f.text == null || f.text.isBlank()) {
            throw ProblemException.invalid("text", "请填写补正内容");
        }
        return Retry.onTransientFailure(() -> applications.correct(f.queryCode, f.querySecret, f.text));
    }

    @POST
    @Path("registrations")
    @Allowed(Role.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记收到的申请 Registers an application received by post, in person or by fax (the form's "
            + "fields and via POST|IN_PERSON|FAX|ONLINE, receivedOn yyyy-MM-dd)",
            description = "201 {id, queryCode, querySecret, receivedAt, dueOn}: the clocks count from receivedOn")
    public Response register(ApplicationRules.Form form) {
        ApplicationRules.Application a = rules.check(form, true);
        Applications.Receipt receipt = Retry.onTransientFailure(() -> applications.receive(a, null, List.of(), caller.username()));
        return Response.status(201).entity(Map.of("id", receipt.id(), "queryCode", receipt.queryCode(), "querySecret", receipt.querySecret(),
                "receivedAt", receipt.receivedAt().toString(), "dueOn", receipt.dueOn().toString())).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.DISPATCHER)
    @Operation(summary = "申请的登记信息 A request's record: the applicant, delivery, correction, decision and its letter, "
            + "fee, deliveries, reconsiderations and lawsuits")
    public Applications.Record record(@PathParam("id") long id) {
        return applications.record(id);
    }

    private static void key(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ProblemException.invalid("Idempotency-Key", "Idempotency-Key 须为 1 到 100 个字符");
        }
    }
}
