package org.govinbox.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.govinbox.accounts.entity.Role;
import java.util.Optional;
import java.util.Set;
import org.govinbox.platform.boundary.BeforePasswordChange;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.SessionCookie;

/**
 * Who may call what. Secure by default: every resource method needs a signed-in caller unless it is
 * {@link Public}; {@link Allowed} narrows it to roles.
 * <p>
 * R1: no valid session → 401. R2: a session carried by the browser cookie must repeat its CSRF token in
 * {@value SessionCookie#CSRF_HEADER} on every state-changing request → else 403. R3: an account that must
 * change its password may call only {@link BeforePasswordChange} methods → else 403 saying so.
 * R4: a caller without an allowed role → 403, recorded in the audit trail.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Caller caller;

    @Inject
    Sessions sessions;

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request) {
        caller.from(clientAddress(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For")));
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        String bearer = bearerToken(request);
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        String token = bearer != null ? bearer : cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
        if (token == null) {
            throw ProblemException.unauthorized("请先登录");
        }
        Optional<SignedIn> session = sessions.resume(token);
        if (session.isEmpty()) {
            throw ProblemException.unauthorized("登录已失效，请重新登录");
        }
        if (bearer == null && !SAFE_METHODS.contains(request.getMethod())
                && !sameSecret(request.getHeaderString(SessionCookie.CSRF_HEADER), session.get().csrfToken())) {
            throw ProblemException.forbidden("请求缺少有效的 CSRF 令牌，请刷新页面后重试");
        }
        if (caller.mustChangePassword() && !method.isAnnotationPresent(BeforePasswordChange.class)) {
            throw ProblemException.forbidden("首次登录或密码被重置后，须先修改密码");
        }
        if (caller.mustEnrollSecondFactor() && !method.isAnnotationPresent(BeforePasswordChange.class)) {
            throw ProblemException.forbidden("系统管理员和审计员须先设置动态验证码（双因素认证）");
        }
        Allowed allowed = Optional.ofNullable(method.getAnnotation(Allowed.class))
                .orElse(resource.getResourceClass().getAnnotation(Allowed.class));
        if (allowed != null && !caller.holdsAny(allowed.value())) {
            throw ProblemException.forbidden("您的角色无权执行此操作",
                    "需要角色：" + String.join("、", Arrays.stream(allowed.value()).map(Role::label).toList()));
        }
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "govinbox.trusted-proxies", defaultValue = "")
    java.util.Optional<String> trustedProxies;

    /**
     * The client's address: the peer's, or, when the peer is a trusted reverse proxy, the nearest address in
     * X-Forwarded-For that is not itself a trusted proxy.
     */
    String clientAddress(String peer, String forwardedFor) {
        Set<String> trusted = Set.of(trustedProxies.orElse("").split("\\s*,\\s*"));
        if (forwardedFor == null || !trusted.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() <= 64 ? hop : hop.substring(0, 64);
            }
        }
        return peer;
    }

    private boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class) || resource.getResourceClass().isAnnotationPresent(Public.class);
    }

    private static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static boolean sameSecret(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
