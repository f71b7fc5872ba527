package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;

/** {@code /api/stats/proposals}: 办复率, 按期办复率, 见面率, 满意率 and 初次满意率 of suggestions or proposals. */
@Path("stats/proposals")
@RequestScoped
@Allowed({Role.DISPATCHER, Role.ADMIN, Role.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "建议提案 Suggestions and proposals")
public class StatsResource {

    @Inject
    MotionStats stats;

    @GET
    @Operation(summary = "建议提案办理统计 Figures and rates (percent, one decimal; null when nothing is counted) of a type, "
            + "per sitting when given, with the same per department", description = "definitions: the formulas, as "
            + "written on the page and in the README")
    public MotionStats.Stats of(
            @QueryParam("type") @Pattern(regexp = "SUGGESTION|PROPOSAL", message = "type 须为 SUGGESTION 或 PROPOSAL") String type,
            @QueryParam("sitting") @Pattern(regexp = "[0-9]{1,18}", message = "sitting 须为届次会议的编号") String sitting) {
        return stats.of(type == null ? SuggestionType.CODE : type, sitting == null ? null : Long.valueOf(sitting));
    }
}
