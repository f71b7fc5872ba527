package org.govinbox.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R3 of {@link StaffSession}: idle timeout and maximum lifetime. */
class StaffSessionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration MAX = Duration.ofHours(12);

    private static StaffSession session() {
        StaffAccount account = new StaffAccount("li.ming", "李明", null, List.of(Role.HANDLER), "x", false, T0);
        return new StaffSession("hash", account, "csrf", T0);
    }

    @Test
    void anIdleSessionExpires() {
        StaffSession session = session();
        assertFalse(session.expired(T0.plus(IDLE).minusSeconds(1), IDLE, MAX));
        assertTrue(session.expired(T0.plus(IDLE), IDLE, MAX));
    }

    @Test
    void activityKeepsItAliveButNotBeyondItsLifetime() {
        StaffSession session = session();
        Instant at = T0;
        while (at.isBefore(T0.plus(MAX).minus(IDLE))) {
            at = at.plus(Duration.ofMinutes(20));
            assertFalse(session.expired(at, IDLE, MAX), "active at " + at);
            session.touch(at);
        }
        assertTrue(session.expired(T0.plus(MAX), IDLE, MAX));
    }

    @Test
    void touchingWritesAtMostOnceAMinute() {
        StaffSession session = session();
        assertFalse(session.touch(T0.plusSeconds(30)));
        assertTrue(session.touch(T0.plusSeconds(61)));
        assertFalse(session.touch(T0.plusSeconds(90)));
    }
}
