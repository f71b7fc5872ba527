package org.govinbox.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every resource answers the same way: versions in If-Match, files to download. */
public final class Representations {

    private Representations() {
    }

    /** The version an If-Match header names ({@code "7"}, {@code W/"7"}, {@code 7}); null without the header. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "If-Match 须为版本号（读取时的 ETag）");
        }
    }

    /** A file as a download under its own (UTF-8) name, never shown inline. */
    public static Response download(byte[] content, String mediaType, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }
}
