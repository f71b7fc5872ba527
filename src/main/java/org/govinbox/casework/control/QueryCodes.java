package org.govinbox.casework.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A submitter's query code and query secret.
 * <p>
 * Q1: the code is 12 random characters (no 0/O, 1/I/L), not sequential. Q2: the secret is 10 characters (about
 * 49 bits), random — or, for a submission made under an idempotency key, derived from that key (which only the
 * client holds; the server keeps its hash) and the code with the application's key, so that a replay shows the same
 * secret again. Q3: only a slow hash of the secret is stored (PBKDF2-HMAC-SHA256, salted): whoever holds a backup
 * cannot open a letter without guessing its secret, at a thousand hashes a guess; a wrong secret is told apart only
 * in constant time.
 */
public final class QueryCodes {

    public static final int SECRET_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int ITERATIONS = 1000;
    private static final String NOTHING = hash("NOTHING-AT-ALL");

    private QueryCodes() {
    }

    /** Q1 */
    public static String newCode() {
        return random(12);
    }

    /** Q2: a secret for a submission without an idempotency key. */
    public static String newSecret() {
        return random(SECRET_LENGTH);
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Q2: the secret of a submission under {@code idempotencyKey}: the same for the same key, code and application key. */
    public static String secretFor(String idempotencyKey, String code, byte[] key) {
        return fromMac(hmac(idempotencyKey + "\u0001" + code, key), SECRET_LENGTH);
    }

    /** The secret releases before 2026-12 derived from the code alone (8 characters): only to convert stored cases. */
    public static String legacySecretFor(String code, byte[] key) {
        return fromMac(hmac(code, key), 8);
    }

    private static String fromMac(byte[] mac, int length) {
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHABET.charAt((mac[i] & 0xFF) % ALPHABET.length()));
        }
        return secret.toString();
    }

    /** Q3: what is stored of a secret. */
    public static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(normalised(secret), salt, ITERATIONS));
    }

    /** Q3: whether {@code secret} is the one {@code stored} was made of; as slow for no stored hash as for a wrong one. */
    public static boolean matches(String secret, String stored) {
        if (secret == null) {
            return false;
        }
        String[] parts = (stored == null ? NOTHING : stored).split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        boolean same = MessageDigest.isEqual(expected, derive(normalised(secret), salt, Integer.parseInt(parts[1])));
        return stored != null && same;
    }

    private static String normalised(String secret) {
        return secret.trim().toUpperCase(Locale.ROOT);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] hmac(String text, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
