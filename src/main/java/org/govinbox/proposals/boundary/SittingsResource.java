package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.Retry;

/** {@code /api/sittings}: the sittings (届次会议) of the people's congress and the CPPCC committee. */
@Path("sittings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "建议提案 Suggestions and proposals")
public class SittingsResource {

    public static class NewSitting {
        @NotNull(message = "请选择 NPC（人大）或 CPPCC（政协）")
        @Pattern(regexp = "NPC|CPPCC", message = "assembly 须为 NPC（人大）或 CPPCC（政协）")
        public String assembly;
        @NotBlank(message = "请填写会议名称，如 区第十八届人民代表大会第四次会议")
        @Size(max = 200, message = "会议名称不能超过 200 个字")
        public String name;
        @NotNull(message = "请填写年份")
        @Min(value = 2000, message = "年份不正确")
        @Max(value = 2100, message = "年份不正确")
        public Integer year;
    }

    @Inject
    Sittings sittings;

    @Inject
    MotionViews views;

    @POST
    @Allowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建届次会议 Creates a sitting (administrator)", description = "409 when the assembly has a sitting of that name")
    public Response create(@Valid @NotNull(message = "请求内容不能为空") NewSitting body) {
        Sittings.SittingView created = Retry.onTransientFailure(() -> sittings.create(body.assembly, body.name, body.year));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", created.id(), "name", created.name())).build();
    }

    @GET
    @Allowed({Role.ADMIN, Role.DISPATCHER, Role.HANDLER})
    @Operation(summary = "届次会议 Every sitting, newest first")
    public List<Sittings.SittingView> all() {
        return sittings.all();
    }

    @GET
    @Path("{id}/items")
    @Allowed(Role.DISPATCHER)
    @Operation(summary = "交办会一览 Every item of a sitting by number, with its units, state, due date, class and lead "
            + "proposer's rating", description = "filters: unit (a department code), replyClass, state, key=true|false, "
            + "overdue=true|false")
    public List<MotionViews.Row> items(@PathParam("id") long id, @QueryParam("unit") String unit,
                                       @QueryParam("replyClass") String replyClass, @QueryParam("state") String state,
                                       @QueryParam("key") @Pattern(regexp = "true|false", message = "key 须为 true 或 false") String key,
                                       @QueryParam("overdue") @Pattern(regexp = "true|false", message = "overdue 须为 true 或 false") String overdue) {
        return views.of(id, new MotionViews.Filter(blank(unit), blank(replyClass), blank(state),
                key == null ? null : Boolean.valueOf(key), overdue == null ? null : Boolean.valueOf(overdue)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
