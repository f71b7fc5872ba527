package org.govinbox.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Q1, Q2 of {@link QueryCodes}. */
class QueryCodesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void codesAreLongRandomAndUnambiguous() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = QueryCodes.newCode();
            assertEquals(12, code.length());
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{12}"), code);
            assertTrue(codes.add(code));
        }
    }

    @Test
    void theSecretBelongsToTheCodeAndTheKey() {
        String secret = QueryCodes.secretFor("ABCDEFGHJKMN", KEY);
        assertEquals(8, secret.length());
        assertEquals(secret, QueryCodes.secretFor("ABCDEFGHJKMN", KEY), "the same again for a replayed submission");
        assertTrue(QueryCodes.matches("ABCDEFGHJKMN", secret.toLowerCase(), KEY));
        assertFalse(QueryCodes.matches("ABCDEFGHJKMP", secret, KEY));
        assertNotEquals(secret, QueryCodes.secretFor("ABCDEFGHJKMN", "another key, another secret....".getBytes()));
        assertFalse(QueryCodes.matches("ABCDEFGHJKMN", null, KEY));
    }
}
