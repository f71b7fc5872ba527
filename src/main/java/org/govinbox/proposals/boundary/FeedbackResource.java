package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.RateLimiter;
import org.govinbox.platform.boundary.Retry;

/**
 * {@code /api/feedback}: the feedback form (征询意见表) a proposer reaches by the personal link in the reply's mail —
 * the code, their number among the proposers and their own secret travel in the page's fragment and the request
 * body, never in a URL the server sees.
 */
@Path("feedback")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "建议提案 Suggestions and proposals")
public class FeedbackResource {

    static final String BUCKET = "feedback";

    public static class Link {
        public String code;
        public Integer party;
        public String secret;
    }

    public static class Feedback extends Link {
        public String satisfaction;
        public String comment;
    }

    public record Reply(int round, String unit, String replyClass, String replyClassName, Instant sentAt, String text) {
    }

    public record Form(String typeName, String item, String number, String title, String proposer, String role,
                       String state, String stateName, int round, List<Reply> replies, String rating, boolean canRate) {
    }

    @Inject
    Cases cases;

    @Inject
    MotionTypes motionTypes;

    @Inject
    Departments departments;

    @Inject
    Caller caller;

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "govinbox.proposals.feedback-per-minute", defaultValue = "10")
    int perMinute;

    @POST
    @Path("form")
    @Operation(summary = "征询意见表 The replies of one's suggestion or proposal, by the personal link", description = "404 for a wrong link")
    public Form form(Link link) {
        limiter.acquire(BUCKET, caller.clientAddress(), perMinute);
        Link l = link == null ? new Link() : link;
        return cases.lookupParty(l.code, l.party == null ? 0 : l.party, l.secret).map(c -> form(c, l.party))
                .orElseThrow(() -> ProblemException.notFound("链接无效或已失效"));
    }

    @POST
    @Operation(summary = "评价答复 Rates the reply: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED (the lead proposer's "
            + "不满意 sends it back for re-handling)", description = "409 naming the state when there is no reply to rate, "
            + "or when this proposer has rated this round")
    public Form rate(Feedback feedback) {
        limiter.acquire(BUCKET, caller.clientAddress(), perMinute);
        Feedback f = feedback == null ? new Feedback() : feedback;
        MotionRequests.Rating rating = new MotionRequests.Rating();
        try {
            rating.satisfaction = f.satisfaction == null ? null : CaseParty.Satisfaction.valueOf(f.satisfaction.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("satisfaction", "请选择满意（SATISFIED）、基本满意（BASICALLY_SATISFIED）或不满意（DISSATISFIED）");
        }
        rating.comment = f.comment;
        int party = f.party == null ? 0 : f.party;
        Case c = Retry.onTransientFailure(() -> cases.actAsParty(f.code, party, f.secret, "RATE", rating));
        return form(c, party);
    }

    private Form form(Case c, int seq) {
        MotionType type = motionTypes.of(c.type());
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Departments.DepartmentView::code, Departments.DepartmentView::name));
        CaseParty p = c.party(seq);
        List<Reply> replies = c.replies().stream().map(r -> new Reply(r.round(), names.getOrDefault(r.department(), r.department()),
                r.replyClass(), type.replyClasses().get(r.replyClass()), r.sentAt(), r.text())).toList();
        boolean canRate = type.workflow().transition("RATE").orElseThrow().allowedIn(c.state())
                && p.ratingOf(c.round()).isEmpty() && !c.replies().isEmpty();
        return new Form(type.name(), type.assembly().item(), c.reference(), c.title(), p.name(),
                p.role(), c.state(), type.workflow().state(c.state()).label(), c.round(), replies,
                p.rating().map(r -> r.satisfaction().name()).orElse(null), canRate);
    }
}
