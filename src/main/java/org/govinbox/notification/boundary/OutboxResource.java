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

/** {@code /api/outbox}: how much mail waits and how much went out, for the administrator (an SMTP outage shows here). */
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
}
