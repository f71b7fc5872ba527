package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per key (a client address): at most {@code limit} calls a window; the 429 answer
 * says when the window ends. Held in memory, per instance.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Counts one call for {@code key} under {@code bucket}; throws 429 beyond {@code limit} a minute. */
    public void acquire(String bucket, String key, int limit) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Window window = windows.compute(bucket + "|" + key, (k, w) ->
                w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        if (window.count() > limit) {
            long retry = Duration.between(now, Instant.ofEpochSecond((minute + 1) * 60)).toSeconds() + 1;
            throw new ProblemException(Problem.of(429, "请求过于频繁", "查询次数过多，请 " + retry + " 秒后再试"),
                    Map.of("Retry-After", String.valueOf(retry)));
        }
    }
}
