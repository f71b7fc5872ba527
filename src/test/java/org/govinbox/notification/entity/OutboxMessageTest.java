package org.govinbox.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** N1, N2 of {@link OutboxMessage}. */
class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void backOffDoublesUpToTheMaximumAndNothingIsDropped() {
        OutboxMessage m = new OutboxMessage("a@example.com", "s", "b", T0);
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(15);
        long[] expected = {30, 60, 120, 240, 480, 900, 900, 900};
        for (long seconds : expected) {
            m.failed(T0, "ConnectException", first, max);
            assertEquals(T0.plusSeconds(seconds), m.nextAttemptAt());
            assertNull(m.sentAt());
        }
        assertEquals(8, m.attempts());
        m.sent(T0.plusSeconds(1000));
        assertEquals(T0.plusSeconds(1000), m.sentAt());
        assertNull(m.lastError());
    }
}
