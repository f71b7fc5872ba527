package org.govinbox.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R4 of {@link SignInFailure}: lockout after repeated failures. */
class SignInFailureTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void theFifthFailureLocksForTheLockPeriod() {
        SignInFailure failure = new SignInFailure("li.ming", T0);
        for (int i = 1; i <= 4; i++) {
            assertFalse(failure.fail(T0.plusSeconds(i), 5, LOCK), "failure " + i);
            assertTrue(failure.lockedFor(T0.plusSeconds(i)).isEmpty());
        }
        assertTrue(failure.fail(T0.plusSeconds(5), 5, LOCK));
        assertEquals(LOCK, failure.lockedFor(T0.plusSeconds(5)).orElseThrow());
        assertEquals(Duration.ofMinutes(5), failure.lockedFor(T0.plusSeconds(5).plus(Duration.ofMinutes(10))).orElseThrow());
        assertTrue(failure.lockedFor(T0.plusSeconds(5).plus(LOCK)).isEmpty(), "unlocked when the period is over");
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        SignInFailure failure = new SignInFailure("li.ming", T0);
        for (int i = 1; i <= 5; i++) {
            failure.fail(T0, 5, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        assertFalse(failure.fail(later, 5, LOCK));
        assertEquals(1, failure.failures());
        assertTrue(failure.lockedFor(later).isEmpty());
    }

    @Test
    void failuresFarApartDoNotAddUp() {
        SignInFailure failure = new SignInFailure("li.ming", T0);
        Instant at = T0;
        for (int i = 0; i < 10; i++) {
            at = at.plus(LOCK).plusSeconds(1);
            assertFalse(failure.fail(at, 5, LOCK));
        }
        assertEquals(1, failure.failures());
    }

    @Test
    void aUsernameWaitsLongerAfterEachFailureButNeverMoreThanTheMaximum() {
        SignInFailure failure = new SignInFailure("admin", T0);
        Duration max = Duration.ofSeconds(30);
        for (int i = 1; i <= 4; i++) {
            failure.failProgressively(T0, 5, max, LOCK);
            assertTrue(failure.lockedFor(T0).isEmpty(), "free attempt " + i);
        }
        long[] waits = {2, 4, 8, 16, 30, 30};
        Instant at = T0;
        for (long wait : waits) {
            failure.failProgressively(at, 5, max, LOCK);
            assertEquals(Duration.ofSeconds(wait), failure.lockedFor(at).orElseThrow());
            at = at.plusSeconds(wait);
            assertTrue(failure.lockedFor(at).isEmpty(), "the owner can try again after " + wait + " s");
        }
    }
}
