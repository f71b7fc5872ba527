package org.govinbox.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Q1–Q3 of {@link QueryCodes}. */
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
    void aReplayedSubmissionsSecretComesFromItsIdempotencyKey() {
        String secret = QueryCodes.secretFor("key-1", "ABCDEFGHJKMN", KEY);
        assertEquals(10, secret.length());
        assertTrue(secret.matches("[A-HJKMNP-Z2-9]{10}"), secret);
        assertEquals(secret, QueryCodes.secretFor("key-1", "ABCDEFGHJKMN", KEY), "the same again for a replayed submission");
        assertNotEquals(secret, QueryCodes.secretFor("key-2", "ABCDEFGHJKMN", KEY), "another key, another secret");
        assertNotEquals(secret, QueryCodes.secretFor("key-1", "ABCDEFGHJKMN", "another application key, another one".getBytes()));
    }

    @Test
    void onlyASaltedSlowHashIsKeptAndItMatchesOnlyItsSecret() {
        String secret = QueryCodes.newSecret();
        String stored = QueryCodes.hash(secret);
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
        assertFalse(stored.contains(secret));
        assertNotEquals(stored, QueryCodes.hash(secret), "salted: the same secret hashes differently");
        assertTrue(QueryCodes.matches(secret.toLowerCase(), stored));
        assertTrue(QueryCodes.matches(" " + secret + " ", stored));
        assertFalse(QueryCodes.matches(QueryCodes.newSecret(), stored));
        assertFalse(QueryCodes.matches(null, stored));
        assertFalse(QueryCodes.matches(secret, null), "no stored hash matches nothing");
    }
}
