package org.govinbox.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.CaseAction;
import org.govinbox.casework.entity.CaseAttachment;
import org.govinbox.casework.entity.CaseState;
import org.govinbox.platform.boundary.Allowed;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Representations;
import org.govinbox.platform.boundary.Retry;

/**
 * {@code /api/cases}: the staff's view of every case type, scoped to what the caller may see (a handler: their
 * department's; a dispatcher: all), and one endpoint per action.
 */
@Path("cases")
@RequestScoped
@Allowed({Role.DISPATCHER, Role.HANDLER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "办理 Cases")
public class CasesResource {

    /** The body of an action; each action reads the fields it needs (all optional here, checked by {@link Cases}). */
    public static class ActionBody {
        public String reason;
        public String lead;
        public List<String> coHandlers;
        public Long duplicateOf;
        public Integer days;
        public String text;
        public String publishedContent;
    }

    public record PolicyView(String type, String typeName, List<Named> channels, List<Named> categories,
                             List<String> rejectReasons, int maxExtension, boolean reviewReplies) {
    }

    public record Named(String code, String name) {
    }

    @Inject
    Cases cases;

    @Inject
    CasePolicies policies;

    @GET
    @Operation(summary = "办理事项列表 Cases the caller may see, sorted by due date", description = "filters: type, state, "
            + "department, overdue=true|false; sort=due (default) or received; each item says overdue and dueSoon")
    public Page<CaseViews.ListItem> list(@QueryParam("type") String type, @QueryParam("state") String state,
                                         @QueryParam("department") String department,
                                         @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        CaseState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("state", "未知的状态：" + state);
            }
        }
        Boolean late = null;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.equals("true") && !overdue.equals("false")) {
                throw ProblemException.invalid("overdue", "overdue 须为 true 或 false");
            }
            late = Boolean.valueOf(overdue);
        }
        if (type != null && !type.isBlank()) {
            policies.of(type.trim());
        }
        if (sort != null && !sort.isBlank() && !sort.equals("due") && !sort.equals("received")) {
            throw ProblemException.invalid("sort", "sort 须为 due 或 received");
        }
        return cases.list(new Cases.Filter(blank(type), wanted, blank(department), late, blank(sort)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("policy")
    @Operation(summary = "事项类型的配置 A case type's channels, categories and reject reasons, for the forms")
    public PolicyView policy(@QueryParam("type") String type) {
        CasePolicy p = policies.of(type == null || type.isBlank() ? CasePolicies.LETTER : type.trim());
        return new PolicyView(p.type(), CasePolicies.typeName(p.type()),
                p.channels().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList(),
                p.categories().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList(),
                p.rejectReasons(), p.maxExtension(), p.reviewReplies());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "办理事项详情 A case with its full history; ETag is its version")
    public Response one(@PathParam("id") long id) {
        CaseViews.Detail detail = cases.detail(id);
        return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "附件 An attachment of a case the caller may see")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        CaseAttachment a = cases.attachment(id, attachment);
        return Representations.download(a.content(), a.mediaType(), a.filename());
    }

    @POST
    @Path("{id: [0-9]+}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "办理操作 An action: accept, reject {reason}, mark-duplicate {duplicateOf}, assign {lead, "
            + "coHandlers}, return {reason}, opinion {text}, request-extension {days, reason}, approve-extension, "
            + "refuse-extension {reason}, urge {text}, reply {text}, approve-reply, send-back-reply {reason}, "
            + "publish {publishedContent}", description = "409 naming the state when the state does not allow it, or "
            + "when If-Match names an old version; 404 for a case the caller may not see")
    public Response act(@PathParam("id") long id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch, ActionBody body) {
        CaseAction wanted = CaseAction.fromPath(action)
                .filter(a -> a != CaseAction.RECEIVE && a != CaseAction.RATE && a != CaseAction.REMIND
                        && a != CaseAction.RECOMPUTE)
                .orElseThrow(() -> ProblemException.notFound("没有「" + action + "」这项操作"));
        ActionBody input = body == null ? new ActionBody() : body;
        Long expected = Representations.ifMatch(ifMatch);
        // Without If-Match, a background change at the same moment (a reminder) must not fail the request: it runs
        // again on the fresh case, whose state decides. With If-Match, a conflict is the answer (409).
        CaseViews.Detail detail = expected == null
                ? Retry.onConflictOrTransientFailure(() -> cases.act(id, wanted, input, null))
                : Retry.onTransientFailure(() -> cases.act(id, wanted, input, expected));
        return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
