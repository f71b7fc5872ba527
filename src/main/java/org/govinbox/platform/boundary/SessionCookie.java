package org.govinbox.platform.boundary;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The browser's session cookie: HttpOnly (no script reads it), SameSite=Strict, limited to {@code /api},
 * Secure whenever the request came over HTTPS. Changes made with it also need the CSRF header.
 */
public final class SessionCookie {

    public static final String NAME = "GOVINBOX_SESSION";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookie() {
    }

    public static NewCookie issue(String token, UriInfo uri) {
        return cookie(token, NewCookie.DEFAULT_MAX_AGE, uri);
    }

    public static NewCookie clear(UriInfo uri) {
        return cookie("", 0, uri);
    }

    private static NewCookie cookie(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path("/api")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .version(Cookie.DEFAULT_VERSION)
                .build();
    }
}
