package org.govinbox.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimiter at(String instant) {
        RateLimiter limiter = new RateLimiter();
        limiter.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        limiter.maps = new SharedMaps(); // outside a server: no data grid, a map of its own
        return limiter;
    }

    @Test
    void theCallAfterTheLimitIsRefusedWithRetryAfterUntilTheMinuteEnds() {
        RateLimiter limiter = at("2026-03-02T02:00:45Z");
        for (int i = 0; i < 10; i++) {
            limiter.acquire("lookup", "10.0.0.1", 10);
        }
        ProblemException refused = assertThrows(ProblemException.class, () -> limiter.acquire("lookup", "10.0.0.1", 10));
        assertEquals(429, refused.problem().status());
        assertEquals("16", refused.toResponseHeaders().get("Retry-After"));
        assertDoesNotThrow(() -> limiter.acquire("lookup", "10.0.0.2", 10), "another address has its own allowance");
        assertDoesNotThrow(() -> limiter.acquire("write", "10.0.0.1", 10), "another bucket too");
        limiter.clock = Clock.fixed(Instant.parse("2026-03-02T02:01:00Z"), ZoneOffset.UTC);
        assertDoesNotThrow(() -> limiter.acquire("lookup", "10.0.0.1", 10), "a new minute, a new allowance");
    }
}
