package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Fixed one-minute windows per key (a client address): at most {@code limit} calls a window; the 429 answer
 * says when the window ends. The counts are in {@link SharedMaps}: one count for the whole cluster when the
 * instances are clustered, this instance's otherwise.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    Clock clock;

    @Inject
    SharedMaps maps;

    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    /** Counts one call for {@code key} under {@code bucket}; throws 429 beyond {@code limit} a minute. */
    public void acquire(String bucket, String key, int limit) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        java.util.concurrent.ConcurrentMap<String, Long> windows = maps.map("rate-windows");
        String window = minute + "|" + bucket + "|" + key;
        long count;
        // the map's own atomic steps (a shared map has no lock to hold across get and put)
        while (true) {
            Long seen = windows.putIfAbsent(window, 1L);
            if (seen == null) {
                count = 1;
                break;
            }
            if (windows.replace(window, seen, seen + 1)) {
                count = seen + 1;
                break;
            }
        }
        if (calls.incrementAndGet() % 10_000 == 0) {
            String current = minute + "|";
            String previous = (minute - 1) + "|";
            new java.util.ArrayList<>(windows.keySet()).stream()
                    .filter(k -> !k.startsWith(current) && !k.startsWith(previous)).forEach(windows::remove);
        }
        if (count > limit) {
            long retry = Duration.between(now, Instant.ofEpochSecond((minute + 1) * 60)).toSeconds() + 1;
            throw new ProblemException(Problem.of(429, "请求过于频繁", "查询次数过多，请 " + retry + " 秒后再试"),
                    Map.of("Retry-After", String.valueOf(retry)));
        }
    }
}
