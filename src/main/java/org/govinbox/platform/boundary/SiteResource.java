package org.govinbox.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
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

    /**
     * The footer every public page ends with (政府网站发展指引): who runs the site, its 网站标识码 and its ICP and
     * public-security registrations; a line not configured is left out (null), never shown as a placeholder.
     */
    public record Footer(String host, String operator, String contact, String siteCode, String icp, String police) {
    }

    public record Site(String organisationName, String agencyCode, Footer footer) {
    }

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisationName;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.agency-code")
    String agencyCode;

    @Inject
    @ConfigProperty(name = "govinbox.site.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "govinbox.site.operator")
    Optional<String> operator;

    @Inject
    @ConfigProperty(name = "govinbox.site.contact")
    Optional<String> contact;

    @Inject
    @ConfigProperty(name = "govinbox.site.code")
    Optional<String> siteCode;

    @Inject
    @ConfigProperty(name = "govinbox.site.icp")
    Optional<String> icp;

    @Inject
    @ConfigProperty(name = "govinbox.site.police")
    Optional<String> police;

    @GET
    @Operation(summary = "站点信息 The organisation's name, agency code and the footer's lines")
    public Site site() {
        return new Site(organisationName, agencyCode, new Footer(given(host).orElse(organisationName),
                given(operator).orElse(null), given(contact).orElse(null), given(siteCode).orElse(null),
                given(icp).orElse(null), given(police).orElse(null)));
    }

    private static Optional<String> given(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }

    @Inject
    BotDefence bots;

    @jakarta.ws.rs.GET
    @jakarta.ws.rs.Path("challenge")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "人机验证题 A proof-of-work challenge (ALTCHA format) for the public forms",
            description = "{algorithm, challenge, maxnumber, salt, signature}: find n ≤ maxnumber with SHA-256(salt + n) = challenge, "
                    + "send Base64 of {algorithm, challenge, number, salt, signature} as X-Proof-Of-Work; 404 when it is switched off")
    public BotDefence.Challenge challenge() {
        if (!bots.enabled()) {
            throw ProblemException.notFound("未启用人机验证");
        }
        return bots.challenge();
    }
}
