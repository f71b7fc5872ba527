package org.govinbox.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.BotDefence;

/** {@code /api/bots}: what the public forms' bot defence refused since this instance started, for the administrator. */
@Path("bots")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "人机验证 Bot defence")
public class BotsResource {

    @Inject
    BotDefence bots;

    @GET
    @Operation(summary = "人机验证统计 Refusals: honeypot filled, proof of work missing, invalid or reused; and passed")
    public Map<String, Long> counts() {
        return bots.counts();
    }
}
