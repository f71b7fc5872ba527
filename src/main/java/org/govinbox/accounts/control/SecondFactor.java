package org.govinbox.accounts.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * T1: time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits — what every authenticator app
 * speaks), computed by java-otp. A code is accepted for the step it belongs to and one step either side (clocks
 * drift), and never twice: a step at or before the last one used is refused. T2: recovery codes are 10 random
 * characters, kept as SHA-256 hashes (their entropy makes a slow hash unnecessary), each usable once.
 */
public final class SecondFactor {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String RECOVERY = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP);

    private SecondFactor() {
    }

    /** T1: a new shared secret (160 bits), as the Base32 text authenticator apps take. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return base32(key);
    }

    /** The address an authenticator app reads (as a QR code or pasted): issuer, account, secret. */
    public static String uri(String issuer, String username, String secret) {
        String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The code for {@code at} (for tests and for the first confirmation). */
    public static String code(String secret, Instant at) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(unbase32(secret), TOTP.getAlgorithm()), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of 20 bytes is always valid", e);
        }
    }

    /** T1: the step {@code code} belongs to, if it is right for {@code now} ±1 step and later than {@code lastStep}. */
    public static OptionalLong verify(String secret, String code, Instant now, Long lastStep) {
        if (secret == null || code == null || !code.trim().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            if (code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).equals(code.trim())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** T2: ten new recovery codes, shown once. */
    public static List<String> recoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(RECOVERY.charAt(RANDOM.nextInt(RECOVERY.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** T2: what is kept of a recovery code (spaces, dashes and case do not matter). */
    public static String recoveryHash(String code) {
        return Secrets.sha256("recovery|" + code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] unbase32(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) ((buffer >> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        return out;
    }
}
