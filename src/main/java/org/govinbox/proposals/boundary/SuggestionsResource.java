package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.LargeBody;

/**
 * {@code /api/suggestions}: the government office registers 人大代表建议 of a NPC sitting, one at a time or from the
 * assignment meeting's list; they are then handled at {@code /api/cases/{id}/{action}}.
 */
@Path("suggestions")
@RequestScoped
@Allowed(Role.DISPATCHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "建议提案 Suggestions and proposals")
public class SuggestionsResource {

    @Inject
    Registrations registrations;

    @Inject
    SuggestionType type;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记人大代表建议 Registers one (body: sitting, number, title, content, subject, key, supervisor, "
            + "receivedOn, channel, proposers [{name, role LEAD|CO_SIGNER, unit, phone, email}])",
            description = "201 {id}; 409 when the number is taken in the sitting; 400 naming the fields at fault "
                    + "(no lead proposer, a sitting of the other assembly …)")
    public Response register(String body) {
        return registrations.one(type, body);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.proposals.import.max-bytes")
    @Operation(summary = "批量登记 Registers an assignment meeting's list (CSV or XLSX, one row per item; sitting in the query)",
            description = "All or nothing: 400 listing every error by row and column. Columns: 编号, 标题, 内容, 类别, 重点, "
                    + "督办领导, 收到日期, 领衔人, 领衔人单位, 领衔人电话, 领衔人邮箱, 附议人, 主办单位, 协办单位, 办理方式 "
                    + "(附议人 and 协办单位 separated by 、; units by code or name; with 主办单位 the item is assigned at once)")
    public Response importList(@QueryParam("sitting") String sitting, @HeaderParam("X-Filename") String filename,
                               byte[] content) {
        return registrations.file(type, sitting, content);
    }
}
