package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.Retry;

/** {@code /api/cleanup-rounds}: clean-up rounds of normative documents (government-office publishers). */
@Path("cleanup-rounds")
@RequestScoped
@Allowed(Role.PUBLISHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "规范性文件清理 Clean-up rounds")
public class CleanupRoundsResource {

    @Inject
    CleanupRounds rounds;

    @Inject
    Search search;

    @GET
    @Operation(summary = "清理轮次 Every round, newest first, with its counts")
    public List<CleanupRounds.Round> list() {
        return rounds.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "开始清理 Opens a round {name, items?}: the documents listed, or every normative document in force")
    public Response open(CleanupRounds.Opening opening) {
        CleanupRounds.Round round = Retry.onTransientFailure(() -> rounds.open(opening));
        return Response.created(URI.create("api/cleanup-rounds/" + round.id())).entity(round).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "清理轮次详情 A round with each document under review and its decision")
    public CleanupRounds.Round one(@PathParam("id") long id) {
        return rounds.one(id);
    }

    @PUT
    @Path("{id}/reviews/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "清理意见 The decision on one document {decision: KEEP|AMEND|REPEAL, reason}")
    public CleanupRounds.Round decide(@PathParam("id") long id, @PathParam("item") long item,
                                      CleanupRounds.Decision decision) {
        return Retry.onTransientFailure(() -> rounds.decide(id, item, decision));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "结束清理 Closes the round and applies every decision (409 while any document is undecided)")
    public CleanupRounds.Round close(@PathParam("id") long id) {
        CleanupRounds.Round closed = Retry.onTransientFailure(() -> rounds.close(id));
        search.changed(new ItemsChanged(closed.reviews().stream().map(CleanupRounds.Review::itemId).toList(), null));
        return closed;
    }
}
