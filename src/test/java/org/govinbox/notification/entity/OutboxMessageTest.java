package org.govinbox.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** N1–N4 of {@link OutboxMessage}. */
class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void backOffDoublesUpToTheMaximumAndNothingIsDropped() {
        OutboxMessage m = new OutboxMessage("a@example.com", "s", "b", "<t@example.com>", T0);
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
        assertNull(m.body(), "N1: the body (a query secret, a name) goes once the mail went out");
        assertEquals("<t@example.com>", m.messageId());
    }

    @Test
    void permanentRefusalsEndInTheDeadStateOutagesOnlyAfterTheGiveUpTime() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(2);
        Duration giveUp = Duration.ofHours(72);
        OutboxMessage refused = new OutboxMessage("a@example.com", "s", "b", "<r@example.com>", T0);
        assertFalse(refused.failed(T0, "550", true, first, max, 3, giveUp));
        assertFalse(refused.failed(T0.plusSeconds(1), "550", true, first, max, 3, giveUp));
        assertTrue(refused.failed(T0.plusSeconds(3), "550", true, first, max, 3, giveUp));
        assertEquals(T0.plusSeconds(3), refused.deadAt());
        assertNull(refused.body());

        OutboxMessage outage = new OutboxMessage("a@example.com", "s", "b", "<o@example.com>", T0);
        for (int i = 0; i < 50; i++) {
            assertFalse(outage.failed(T0.plusSeconds(i), "ConnectException", false, first, max, 3, giveUp));
        }
        assertEquals("b", outage.body(), "kept while it may still go out");
        assertTrue(outage.failed(T0.plus(giveUp), "ConnectException", false, first, max, 3, giveUp));
    }
}
