package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.AuditTrail.AuditView;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;

/**
 * {@code /api/audit}: the audit trail, newest first, and the check of its hash chain — for auditors only
 * (等保三级 separates the system administrator, whose actions are on the trail, from the one who reads it).
 */
@Path("audit")
@RequestScoped
@Allowed(Role.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "审计 Audit trail")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "审计日志 Audit events, newest first, paged (page from 1, size up to 100)")
    public Page<AuditView> newestFirst(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return audit.newestFirst(request.page(), request.size());
    }

    @GET
    @Path("verification")
    @Operation(summary = "校验审计链 Recompute the audit trail's hash chain",
            description = "intact, or the first event whose content or place in the chain does not hold; events of the "
                    + "last few seconds are not sealed yet (unsealed)")
    public AuditTrail.Verification verify() {
        return audit.verify();
    }
}
