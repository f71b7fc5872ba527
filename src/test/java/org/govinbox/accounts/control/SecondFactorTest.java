package org.govinbox.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** T1, T2 of {@link SecondFactor}. */
class SecondFactorTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890"; its 8-digit codes end in these 6. */
    private static final String RFC_SECRET = SecondFactor.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesOfRfc6238() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
        assertEquals("287082", SecondFactor.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", SecondFactor.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", SecondFactor.code(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void aCodeCountsForItsStepAndOneEitherSideAndNeverTwice() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = now.getEpochSecond() / 30;
        String code = SecondFactor.code(RFC_SECRET, now);
        assertEquals(step, SecondFactor.verify(RFC_SECRET, code, now, null).orElseThrow());
        assertEquals(step, SecondFactor.verify(RFC_SECRET, code, now.plusSeconds(30), null).orElseThrow(), "a clock 30 s ahead");
        assertTrue(SecondFactor.verify(RFC_SECRET, code, now.plusSeconds(90), null).isEmpty(), "too late");
        assertTrue(SecondFactor.verify(RFC_SECRET, code, now, step).isEmpty(), "a used step is refused");
        assertTrue(SecondFactor.verify(RFC_SECRET, "12345", now, null).isEmpty());
        assertTrue(SecondFactor.verify(RFC_SECRET, null, now, null).isEmpty());
    }

    @Test
    void secretsAndRecoveryCodesAreRandomAndCodesAreKeptHashed() {
        assertEquals(32, SecondFactor.newSecret().length());
        assertNotEquals(SecondFactor.newSecret(), SecondFactor.newSecret());
        var codes = SecondFactor.recoveryCodes();
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        String code = codes.get(0);
        assertEquals(SecondFactor.recoveryHash(code), SecondFactor.recoveryHash(code.substring(0, 5).toLowerCase() + "-" + code.substring(5)));
        assertEquals(20, SecondFactor.unbase32(SecondFactor.newSecret()).length);
    }
}
