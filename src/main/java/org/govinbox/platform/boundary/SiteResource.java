package org.govinbox.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/site}: what the public pages show about the organisation running this GovInbox. */
@Path("site")
@Public
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "站点 Site")
public class SiteResource {

    public record Site(String organisationName, String agencyCode) {
    }

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisationName;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.agency-code")
    String agencyCode;

    @GET
    @Operation(summary = "站点信息 The organisation's name and agency code")
    public Site site() {
        return new Site(organisationName, agencyCode);
    }
}
