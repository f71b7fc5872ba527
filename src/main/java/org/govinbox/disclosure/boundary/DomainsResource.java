package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.platform.boundary.Public;

/** {@code /api/domains}: the key domains (重点领域) in their configured order, with their published items' counts. */
@Path("domains")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开 Disclosure")
public class DomainsResource {

    @Inject
    PublicPortal portal;

    @GET
    @Operation(summary = "重点领域 Key domains with the number of published items in each: [{code, name, count}]")
    public Response domains() {
        return DisclosuresResource.json(portal.domains());
    }
}
