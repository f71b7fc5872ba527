package org.govinbox.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.platform.boundary.DateParameter;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Representations;
import org.govinbox.platform.boundary.Retry;

/**
 * {@code /api/cases}: the staff's view of every case type, scoped to what the caller may see (a handler: their
 * department's; a dispatcher: all), and the actions of each case's type.
 */
@Path("cases")
@RequestScoped
@Allowed({Role.DISPATCHER, Role.HANDLER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "办理 Cases")
public class CasesResource {

    public record Named(String code, String name) {
    }

    /** A state of a type's workflow; open: the government still owes something (a clock runs). */
    public record StateView(String code, String name, boolean open) {
    }

    /** A row of the type's workflow, with the fields of its request body (none for the engine's own rows). */
    public record ActionView(String action, String label, String by, List<String> from, List<String> to,
                             List<String> fields, boolean preview) {
    }

    public record PolicyView(String type, String typeName, List<Named> channels, List<Named> categories,
                             List<String> rejectReasons, int maxExtension, boolean reviewReplies, List<StateView> states,
                             List<ActionView> actions, java.util.Map<String, List<Named>> choices) {
    }

    @Inject
    Cases cases;

    @Inject
    CaseLists lists;

    @Inject
    CaseTypes types;

    @GET
    @Operation(summary = "办理事项列表 Cases the caller may see, sorted by due date", description = "filters: type, state, "
            + "department, overdue=true|false, sitting (the 届次会议 of suggestions and proposals), due=SOON|OVERDUE|RED_LINE "
            + "(due soon, past the due date, unanswered beyond the national 3-month red line), from/to (day of receipt, "
            + "yyyy-MM-dd), channel, category, satisfaction (the latest rating, e.g. DISSATISFIED); sort=due (default) or "
            + "received; each item says overdue and dueSoon")
    public Page<CaseViews.ListItem> list(@jakarta.validation.Valid @jakarta.ws.rs.BeanParam ListFilter filter, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        return lists.list(filter(filter), PageRequest.of(page, size));
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", org.govinbox.platform.boundary.Spreadsheets.XLSX})
    @Operation(summary = "导出办理事项 The staff list as CSV or XLSX, with the same filters as the list (no personal data)",
            description = "format=csv|xlsx; every case the filters select, in the order of their receipt, streamed")
    public Response export(@jakarta.validation.Valid @jakarta.ws.rs.BeanParam ListFilter filter,
                           @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "format 须为 csv 或 xlsx") String format) {
        CaseLists.Filter f = filter(filter);
        Map<String, String> departments = new java.util.HashMap<>();
        departmentNames.all().forEach(d -> departments.put(d.code(), d.name()));
        List<String> headers = List.of("编号", "事项类型", "渠道", "类别", "标题", "状态", "收件日期", "承办单位", "答复期限",
                "首次答复日期", "是否按期", "评价", "历史导入");
        return org.govinbox.platform.boundary.Spreadsheets.download(format, "办理事项", headers, sink -> lists.export(f, r -> {
            CaseType t = types.of(r.type());
            sink.accept(java.util.Arrays.asList(r.id(), t.name(), t.policy().channels().getOrDefault(r.channel(), r.channel()),
                    t.policy().categories().getOrDefault(r.category(), r.category()), r.title(),
                    t.workflow().state(r.state()).label(), r.receivedOn(),
                    r.leadDepartment() == null ? null : departments.getOrDefault(r.leadDepartment(), r.leadDepartment()),
                    r.dueOn(), r.firstReplyAt() == null ? null : java.time.LocalDate.ofInstant(r.firstReplyAt(),
                            org.govinbox.platform.boundary.Clocks.CHINA),
                    r.firstReplyOnTime() == null ? null : r.firstReplyOnTime() ? "按期" : "逾期",
                    r.satisfaction() == null ? null : SATISFACTION.get(r.satisfaction()), r.imported() ? "是" : "否"));
        }));
    }

    static final Map<String, String> SATISFACTION = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
            "DISSATISFIED", "不满意");

    /** The list's filters, as query parameters (the list and its export take the same). */
    public static class ListFilter {
        @QueryParam("type") public String type;
        @QueryParam("state") public String state;
        @QueryParam("department") public String department;
        @QueryParam("overdue") @Pattern(regexp = "true|false", message = "overdue 须为 true 或 false") public String overdue;
        @QueryParam("sort") @Pattern(regexp = "due|received", message = "sort 须为 due 或 received") public String sort;
        @QueryParam("sitting") @Pattern(regexp = "[0-9]{1,18}", message = "sitting 须为届次会议的编号") public String sitting;
        @QueryParam("due") @Pattern(regexp = "SOON|OVERDUE|RED_LINE", message = "due 须为 SOON、OVERDUE 或 RED_LINE") public String due;
        @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "from 须为日期，如 2026-01-01") public String from;
        @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "to 须为日期，如 2026-12-31") public String to;
        @QueryParam("channel") public String channel;
        @QueryParam("category") public String category;
        @QueryParam("satisfaction") @Pattern(regexp = "SATISFIED|BASICALLY_SATISFIED|DISSATISFIED",
                message = "satisfaction 须为 SATISFIED、BASICALLY_SATISFIED 或 DISSATISFIED") public String satisfaction;
    }

    private CaseLists.Filter filter(ListFilter f) {
        String wantedType = blank(f.type);
        String wantedState = blank(f.state) == null ? null : f.state.trim().toUpperCase(Locale.ROOT);
        List<CaseType> scope = wantedType == null ? types.all() : List.of(types.of(wantedType));
        if (wantedState != null && scope.stream().noneMatch(t -> t.workflow().states().stream()
                .anyMatch(s -> s.code().equals(wantedState)))) {
            throw ProblemException.invalid("state", "未知的状态：" + f.state);
        }
        return new CaseLists.Filter(wantedType, wantedState, blank(f.department),
                f.overdue == null ? null : Boolean.valueOf(f.overdue), blank(f.sort),
                f.sitting == null ? null : Long.valueOf(f.sitting), blank(f.due), DateParameter.of("from", f.from, null),
                DateParameter.of("to", f.to, null),
                blank(f.channel), blank(f.category), blank(f.satisfaction));
    }

    @Inject
    org.govinbox.accounts.boundary.Departments departmentNames;

    @GET
    @Path("types")
    @Operation(summary = "事项类型 Every case type with its channels, categories, states and actions")
    public List<PolicyView> types() {
        return types.all().stream().map(CasesResource::view).toList();
    }

    @GET
    @Path("types/{type}")
    @Operation(summary = "事项类型的配置 A case type's channels, categories, reject reasons, states and actions, for the forms")
    public PolicyView type(@PathParam("type") String type) {
        return types.all().stream().filter(t -> t.code().equals(type)).findFirst().map(CasesResource::view)
                .orElseThrow(() -> ProblemException.notFound("没有「" + type + "」这种事项类型"));
    }

    private static PolicyView view(CaseType t) {
        CasePolicy p = t.policy();
        return new PolicyView(t.code(), t.name(),
                p.channels().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList(),
                p.categories().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList(),
                p.rejectReasons(), p.maxExtension(), p.reviewReplies(),
                t.workflow().states().stream().map(s -> new StateView(s.code(), s.label(), s.open())).toList(),
                t.workflow().transitions().stream().map(a -> new ActionView(a.path(), a.label(), a.by().name(),
                        a.from().stream().sorted().toList(), a.to(), fields(t, a.action()),
                        t.actions().stream().anyMatch(x -> x.name().equals(a.action()) && x.preview() != null))).toList(),
                t.choices().entrySet().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        e -> e.getValue().entrySet().stream().map(c -> new Named(c.getKey(), c.getValue())).toList())));
    }

    private static List<String> fields(CaseType type, String action) {
        return type.actions().stream().filter(a -> a.name().equals(action)).findFirst()
                .map(a -> java.util.Arrays.stream(a.body().getFields()).map(java.lang.reflect.Field::getName).toList())
                .orElse(List.of());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "办理事项详情 A case with its parties, clocks, replies and full history; ETag is its version")
    public Response one(@PathParam("id") long id) {
        CaseViews.Detail detail = cases.detail(id);
        return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "附件 An attachment of a case the caller may see")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        CaseAttachment a = cases.attachment(id, attachment);
        return Representations.download(a.content(), a.mediaType(), a.filename());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @org.govinbox.platform.boundary.LargeBody("govinbox.case.attachments.max-bytes")
    @Operation(summary = "上传附件 Staff attach a document (PDF or image) to a case they handle, e.g. the reply's 复文",
            description = "the file as the body, its URL-encoded name in X-Filename; 201 with the attachment; 415 for "
                    + "another type; 409 once the case is replied or closed")
    public Response attach(@PathParam("id") long id, @HeaderParam("X-Filename") String filename, byte[] content) {
        CaseViews.Attachment attached = Retry.onTransientFailure(() -> cases.attach(id, filename, content, attachmentsMaxBytes));
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "govinbox.case.attachments.max-bytes", defaultValue = "20971520")
    @Inject
    long attachmentsMaxBytes;

    @POST
    @Path("{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "办理操作 An action of the case's type (GET /api/cases/types/{type} lists them), e.g. for letters: "
            + "accept, reject {reason}, mark-duplicate {duplicateOf}, assign {lead, coHandlers}, return {reason}, "
            + "opinion {text}, request-extension {days, reason}, approve-extension, refuse-extension {reason}, "
            + "urge {text}, reply {text}, approve-reply, send-back-reply {reason}, publish {publishedContent}",
            description = "400 naming the fields the action's body lacks; 403 when the caller does not perform it; "
                    + "409 naming the state when the state does not allow it, or when If-Match names an old version; "
                    + "404 for a case the caller may not see or an action its type does not have")
    public Response act(@PathParam("id") long id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch, String body) {
        Long expected = Representations.ifMatch(ifMatch);
        // Without If-Match, a background change at the same moment (a reminder) must not fail the request: it runs
        // again on the fresh case, whose state decides. With If-Match, a conflict is the answer (409).
        CaseViews.Detail detail = expected == null
                ? Retry.onConflictOrTransientFailure(() -> cases.act(id, action, body, null))
                : Retry.onTransientFailure(() -> cases.act(id, action, body, expected));
        return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
    }

    @POST
    @Path("{id}/{action}/preview")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "操作预览 What an action would do, changing nothing: for publish, exactly what becomes public "
            + "{title, content, reply, writer}, each part masked", description = "the same body, checks and refusals as "
            + "the action itself; 404 for an action without a preview")
    public Object preview(@PathParam("id") long id, @PathParam("action") String action, String body) {
        return cases.preview(id, action, body);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
