package org.govinbox.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void tokensAreLongAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Secrets.token();
            assertEquals(43, token.length(), "256 bits in unpadded base64url");
            assertTrue(seen.add(token));
        }
    }

    @Test
    void generatedPasswordsMeetTheDefaultPolicy() {
        PasswordPolicy policy = new PasswordPolicy(10, true);
        for (int i = 0; i < 200; i++) {
            assertEquals(java.util.List.of(), policy.check("admin", Secrets.password(16)));
        }
    }

    @Test
    void sha256IsHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256("abc"));
    }
}
