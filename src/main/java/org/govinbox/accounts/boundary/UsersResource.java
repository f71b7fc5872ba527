package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Accounts.AccountView;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.Retry;

/** {@code /api/users}: staff accounts, for administrators only. */
@Path("users")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "账号 Staff accounts")
public class UsersResource {

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class NewAccount {
        @NotBlank(message = "请填写用户名")
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{2,31}", message = "用户名须为 3 到 32 位字母、数字、点、下划线或连字符，以字母开头")
        public String username;
        @NotBlank(message = "请填写姓名")
        @Size(max = 100, message = "姓名不能超过 100 个字符")
        public String displayName;
        @NotBlank(message = "请填写初始密码")
        public String password;
        public String department;
        @NotEmpty(message = "至少需要一个角色")
        public List<String> roles;
    }

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class AccountChange {
        @NotBlank(message = "请填写姓名")
        @Size(max = 100, message = "姓名不能超过 100 个字符")
        public String displayName;
        public String department;
        @NotEmpty(message = "至少需要一个角色")
        public List<String> roles;
    }

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class PasswordReset {
        @NotBlank(message = "请填写新密码")
        public String password;
    }

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "账号列表 Accounts by username, paged (page from 1, size up to 100)")
    public Page<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return accounts.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "一个账号 One account")
    public AccountView one(@PathParam("username") String username) {
        return accounts.one(username);
    }

    @POST
    @Operation(summary = "新建账号 Create an account", description = "201; the holder must change the password at "
            + "first sign-in; 409 when the username is taken; 400 naming the password rule broken")
    public Response create(@Valid @NotNull(message = "请求体不能为空") NewAccount body) {
        // a transaction Derby undid for a passing reason (its identity values refilled under contention) runs again
        AccountView created = Retry.onTransientFailure(() -> accounts.create(body.username, body.displayName,
                body.password, body.department, body.roles));
        return Response.created(UriBuilder.fromPath("/api/users/{username}").build(created.username()))
                .entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "修改账号 Change name, department and roles")
    public AccountView update(@PathParam("username") String username,
                              @Valid @NotNull(message = "请求体不能为空") AccountChange body) {
        return Retry.onTransientFailure(() -> accounts.update(username, body.displayName, body.department, body.roles));
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "停用账号 Disable an account: its sessions end at once")
    public AccountView disable(@PathParam("username") String username) {
        return Retry.onTransientFailure(() -> accounts.disable(username));
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "启用账号 Enable an account again")
    public AccountView enable(@PathParam("username") String username) {
        return Retry.onTransientFailure(() -> accounts.enable(username));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "重置密码 Set a new password; the holder must change it at next sign-in")
    public AccountView resetPassword(@PathParam("username") String username,
                                     @Valid @NotNull(message = "请求体不能为空") PasswordReset body) {
        return Retry.onTransientFailure(() -> accounts.resetPassword(username, body.password));
    }

    @POST
    @Path("{username}/second-factor/reset")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "重置动态验证码 The holder lost their device: they set up a new second factor at next sign-in",
            description = "the recovery codes are void too; their sessions end")
    public AccountView resetSecondFactor(@PathParam("username") String username) {
        return Retry.onTransientFailure(() -> accounts.resetSecondFactor(username));
    }
}
