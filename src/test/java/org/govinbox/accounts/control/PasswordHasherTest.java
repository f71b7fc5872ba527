package org.govinbox.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(20_000);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("Correct-horse-42");
        assertTrue(hasher.verify("Correct-horse-42", hash));
        assertFalse(hasher.verify("correct-horse-42", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndNeverAppearsInTheHash() {
        String first = hasher.hash("Correct-horse-42");
        String second = hasher.hash("Correct-horse-42");
        assertNotEquals(first, second, "a random salt per hash");
        assertFalse(first.contains("Correct-horse-42"));
        assertTrue(first.startsWith("pbkdf2-sha256$20000$"));
    }

    @Test
    void aHashMadeWithOtherIterationsStillVerifies() {
        String old = new PasswordHasher(10_000).hash("Correct-horse-42");
        assertTrue(hasher.verify("Correct-horse-42", old));
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "md5$1$a$b"));
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }
}
