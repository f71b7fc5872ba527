package org.govinbox.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;

/**
 * {@code /api/outbox}: how much mail waits, went out or was given up, for the administrator (an SMTP outage shows
 * here), and the list of mail given up.
 */
@Path("outbox")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "邮件 Outbox")
public class OutboxResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "邮件队列 Mail waiting to be sent and mail sent")
    public Outbox.Status status() {
        return outbox.status();
    }

    @GET
    @Path("dead")
    @Operation(summary = "无法投递的邮件 Mail given up after permanent refusals or too long a wait, newest first",
            description = "the address masked, the subject and the last refusal (e.g. 550); the body is gone")
    public org.govinbox.platform.boundary.Page<Outbox.Dead> dead(@jakarta.ws.rs.QueryParam("page") String page,
                                                                  @jakarta.ws.rs.QueryParam("size") String size) {
        org.govinbox.platform.boundary.PageRequest request = org.govinbox.platform.boundary.PageRequest.of(page, size);
        return outbox.dead(request.page(), request.size());
    }
}
