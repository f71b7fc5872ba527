package org.govinbox.casework.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A submitter's query code and query secret.
 * <p>
 * Q1: the code is 12 random characters (no 0/O, 1/I/L), not sequential. Q2: the secret is derived from the code
 * with the application's key (HMAC-SHA256), so it is never stored and a resubmission with the same idempotency
 * key can show it again; a wrong secret is told apart only in constant time.
 */
public final class QueryCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    /** Q1 */
    public static String newCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Q2: eight characters from the same alphabet. */
    public static String secretFor(String code, byte[] key) {
        byte[] mac = hmac(code, key);
        StringBuilder secret = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            secret.append(ALPHABET.charAt((mac[i] & 0xFF) % ALPHABET.length()));
        }
        return secret.toString();
    }

    public static boolean matches(String code, String secret, byte[] key) {
        if (code == null || secret == null) {
            return false;
        }
        return MessageDigest.isEqual(secretFor(code, key).getBytes(StandardCharsets.US_ASCII),
                secret.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String code, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
