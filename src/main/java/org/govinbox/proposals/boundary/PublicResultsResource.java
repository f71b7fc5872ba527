package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.platform.boundary.Public;
import org.govinbox.proposals.entity.Motion;
import org.govinbox.proposals.entity.Sitting;

/**
 * {@code /api/motion-results}: the public list per sitting (办理结果公开) — number, title, lead unit, class, state and
 * the published result, never a proposer's phone number or e-mail (no personal field is read here at all).
 */
@Path("motion-results")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "建议提案 Suggestions and proposals")
public class PublicResultsResource {

    public record PublicItem(String number, String title, String leadUnit, List<String> units, String replyClass,
                             String state, String stateName, Long resultItem) {
    }

    public record PublicSitting(Sittings.SittingView sitting, List<PublicItem> items) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sittings sittings;

    @Inject
    CaseTypes types;

    @Inject
    Departments departments;

    @GET
    @Operation(summary = "届次会议 The sittings whose items are listed publicly")
    public List<Sittings.SittingView> sittings() {
        return sittings.all();
    }

    @GET
    @Path("{sitting}")
    @Operation(summary = "办理结果 The items of a sitting by number: title, lead unit, reply class, state, published result")
    public PublicSitting items(@PathParam("sitting") long id) {
        Sitting sitting = sittings.found(id);
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Departments.DepartmentView::code, Departments.DepartmentView::name));
        List<Motion> motions = em.createNamedQuery(Motion.OF_SITTING, Motion.class).setParameter("sitting", id).getResultList();
        List<PublicItem> items = motions.stream().map(m -> {
            Case c = em.find(Case.class, m.caseId());
            var workflow = types.of(c.type()).workflow();
            List<String> units = m.separate() ? m.parts().stream().map(p -> names.getOrDefault(p.department(), p.department())).toList()
                    : c.leadDepartment() == null ? List.of() : List.of(names.getOrDefault(c.leadDepartment(), c.leadDepartment()));
            String replyClass = c.lastReply().map(CaseReply::replyClass).orElse(null);
            return new PublicItem(m.number(), c.title(), c.leadDepartment() == null ? null : names.get(c.leadDepartment()),
                    units, replyClass, c.state(), workflow.state(c.state()).label(), m.resultItem());
        }).sorted(Comparator.comparing(PublicItem::number, PublicResultsResource::byNumber)).toList();
        return new PublicSitting(Sittings.SittingView.of(sitting), items);
    }

    /** 2 before 10; numbers that are not numbers after, by text. */
    static int byNumber(String a, String b) {
        boolean an = a.chars().allMatch(Character::isDigit);
        boolean bn = b.chars().allMatch(Character::isDigit);
        if (an && bn) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return an ? -1 : bn ? 1 : a.compareTo(b);
    }
}
