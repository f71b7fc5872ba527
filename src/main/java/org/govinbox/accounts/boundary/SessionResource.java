package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.BeforePasswordChange;
import org.govinbox.platform.boundary.Problem;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.SessionCookie;

/**
 * {@code /api/session}: sign in, see who is signed in, sign out, change one's password.
 * Scripts send the token as {@code Authorization: Bearer}; the browser gets it as an HttpOnly cookie and
 * sends the CSRF token from this answer with every change.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "会话 Session", description = "工作人员登录、退出、修改密码")
public class SessionResource {

    static final String BAD_CREDENTIALS = "用户名或密码错误，或账号已停用";

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class Credentials {
        @NotBlank(message = "请输入用户名")
        @Size(max = 64, message = "用户名过长")
        public String username;
        @NotBlank(message = "请输入密码")
        @Size(max = 128, message = "密码过长")
        public String password;
        /** T1: the one-time password (or a recovery code) of an account with a second factor. */
        @Size(max = 32, message = "验证码过长")
        public String code;
    }

    /** A request body: the code from the authenticator app that confirms the offered secret. */
    public static class SecondFactorCode {
        @NotBlank(message = "请输入应用中显示的 6 位验证码")
        public String code;
    }

    /** A request body (a class, not a record: Payara's OpenAPI scanner fails on constraints on record components). */
    public static class PasswordChange {
        @NotBlank(message = "请输入当前密码")
        public String currentPassword;
        @NotBlank(message = "请输入新密码")
        public String newPassword;
    }

    /** What a signed-in client learns about its session; the token only in the sign-in answer. */
    public record SessionView(String token, String username, String displayName, List<Role> roles,
                              String department, String departmentName, boolean mustChangePassword,
                              boolean mustEnrollSecondFactor, String csrfToken) {
        static SessionView of(SignedIn s, String token) {
            return new SessionView(token, s.username(), s.displayName(), s.roles().stream().sorted().toList(),
                    s.department(), s.departmentName(), s.mustChangePassword(), s.mustEnrollSecondFactor(), s.csrfToken());
        }
    }

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Public
    @Operation(summary = "登录 Sign in", description = "200 with a token; 401 for every failure — a wrong password, an "
            + "unknown username, a disabled account — with the same answer; 429 with Retry-After after repeated "
            + "failures: for a few seconds for the username (a growing delay, no lock), for the lock period for the address")
    public Response signIn(@Valid @NotNull(message = "请求体不能为空") Credentials credentials) {
        Sessions.Outcome outcome = sessions.signIn(credentials.username, credentials.password, credentials.code);
        if (outcome instanceof Sessions.CodeNeeded) {
            throw new ProblemException(new Problem("urn:govinbox:second-factor", "需要动态验证码", 401,
                    "请输入身份验证器应用中显示的 6 位动态验证码（或一个恢复码）",
                    List.of(new Problem.FieldError("code", "required", "请输入动态验证码"))));
        }
        if (outcome instanceof Sessions.WrongCode) {
            throw new ProblemException(new Problem("urn:govinbox:second-factor", "动态验证码不正确", 401,
                    "动态验证码不正确或已用过，请输入应用中新显示的验证码",
                    List.of(new Problem.FieldError("code", "wrong", "动态验证码不正确"))));
        }
        if (outcome instanceof Sessions.Granted granted) {
            return Response.ok(SessionView.of(granted.session(), granted.token()))
                    .cookie(SessionCookie.issue(granted.token(), uri))
                    .build();
        }
        if (outcome instanceof Sessions.Locked locked) {
            long seconds = Math.max(1, locked.retryAfter().toSeconds() + (locked.retryAfter().toNanosPart() > 0 ? 1 : 0));
            String wait = seconds < 120 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
            throw new ProblemException(Problem.of(429, "登录失败次数过多", locked.address()
                            ? "从本网络地址登录失败的次数过多，已暂停登录，请 " + wait + "后再试"
                            : "该用户名登录失败的次数过多，请 " + wait + "后再试"),
                    Map.of("Retry-After", String.valueOf(seconds)));
        }
        throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }

    @GET
    @BeforePasswordChange
    @Operation(summary = "当前会话 The caller's session (without the token)")
    public SessionView current() {
        return SessionView.of(caller.session(), null);
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @BeforePasswordChange
    @Operation(summary = "退出 Sign out: the token stops working")
    public Response signOut() {
        sessions.signOut();
        return Response.noContent().cookie(SessionCookie.clear(uri)).build();
    }

    @POST
    @Path("second-factor")
    @Consumes(MediaType.WILDCARD)
    @BeforePasswordChange
    @Operation(summary = "设置动态验证码：获取密钥 Start setting up the second factor (administrators, auditors)",
            description = "{secret, uri}: enter the secret in an authenticator app (or read the otpauth URI), then confirm")
    public Sessions.Offer offerSecondFactor() {
        return sessions.offerSecondFactor(issuer);
    }

    @POST
    @Path("second-factor/confirm")
    @BeforePasswordChange
    @Operation(summary = "设置动态验证码：确认 Confirm the second factor with a code from the app",
            description = "{recoveryCodes}: ten single-use codes, shown once; 400 for a wrong code")
    public Map<String, List<String>> confirmSecondFactor(@Valid @NotNull(message = "请求体不能为空") SecondFactorCode body) {
        return Map.of("recoveryCodes", sessions.confirmSecondFactor(body.code));
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "govinbox.organisation.name")
    String issuer;

    @POST
    @Path("password")
    @BeforePasswordChange
    @Operation(summary = "修改本人密码 Change one's own password", description = "400 naming the rule a new password breaks")
    public Response changePassword(@Valid @NotNull(message = "请求体不能为空") PasswordChange change) {
        sessions.changePassword(change.currentPassword, change.newPassword);
        return Response.noContent().build();
    }
}
