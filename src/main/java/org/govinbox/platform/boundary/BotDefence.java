package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * B1: bot defence for the public forms without a foreign CAPTCHA. A honeypot field people never see (a bot fills
 * it), and a proof of work in the ALTCHA format, served and checked here: the challenge is SHA-256(salt ‖ n) for a
 * secret n up to {@code max-number}, signed with the application's key; the browser finds n (about a second), the
 * server checks the signature, the hash, the expiry and that the solution is used once (again only by a resend of the
 * same submission, its Idempotency-Key). Refusals are counted ({@link #counts}); each is answered 400 and stores
 * nothing. The used solutions are remembered per instance.
 */
@ApplicationScoped
public class BotDefence {

    private static final Logger LOG = Logger.getLogger(BotDefence.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String KEY = "proof-of-work";

    /** What the browser solves (the ALTCHA challenge format). */
    public record Challenge(String algorithm, String challenge, int maxnumber, String salt, String signature) {
    }

    /** A solution as the browser sends it, Base64 of this as JSON. */
    public static class Solution {
        public String algorithm;
        public String challenge;
        public Long number;
        public String salt;
        public String signature;
    }

    @Inject
    AppSecrets secrets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.bots.proof-of-work", defaultValue = "true")
    boolean proofOfWork;

    @Inject
    @ConfigProperty(name = "govinbox.bots.max-number", defaultValue = "20000")
    int maxNumber;

    @Inject
    @ConfigProperty(name = "govinbox.bots.challenge-minutes", defaultValue = "20")
    int challengeMinutes;

    private final AtomicLong missing = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong passed = new AtomicLong();
    private final AtomicLong filled = new AtomicLong();
    @Inject
    SharedMaps maps;

    /** signature → "expires|the Idempotency-Key it was first used with" (empty for none), in {@link SharedMaps} */
    private java.util.concurrent.ConcurrentMap<String, String> used() {
        return maps.map("used-proofs");
    }

    public boolean enabled() {
        return proofOfWork;
    }

    public Challenge challenge() {
        long expires = clock.instant().getEpochSecond() + challengeMinutes * 60L;
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String salt = HexFormat.of().formatHex(random) + "?expires=" + expires;
        int number = RANDOM.nextInt(Math.max(1, maxNumber) + 1);
        String challenge = sha256(salt + number);
        return new Challenge("SHA-256", challenge, maxNumber, salt, hmac(challenge));
    }

    /** B1: refuses (400) a filled honeypot, and — when on — a missing, wrong, expired or reused proof of work. */
    public void check(String honeypotValue, String proof, String idempotencyKey) {
        if (honeypotValue != null && !honeypotValue.isBlank()) {
            filled.incrementAndGet();
            LOG.info("a public form was refused: its hidden field was filled (a bot)");
            throw refused("提交未成功，请刷新页面后重新填写");
        }
        if (!proofOfWork) {
            return;
        }
        if (proof == null || proof.isBlank()) {
            missing.incrementAndGet();
            throw refused("页面的安全验证尚未完成，请稍候再提交；如一直如此，请刷新页面");
        }
        Solution s = parse(proof);
        long now = clock.instant().getEpochSecond();
        if (s == null || s.salt == null || s.challenge == null || s.number == null || s.signature == null
                || !"SHA-256".equals(s.algorithm) || !MessageDigest.isEqual(hmac(s.challenge).getBytes(StandardCharsets.US_ASCII),
                        s.signature.getBytes(StandardCharsets.US_ASCII))
                || !sha256(s.salt + s.number).equals(s.challenge) || expires(s.salt) < now) {
            invalid.incrementAndGet();
            LOG.info("a public form was refused: its proof of work did not hold");
            throw refused("页面的安全验证已失效，请刷新页面后重新提交");
        }
        String key = idempotencyKey == null ? "" : idempotencyKey;
        java.util.concurrent.ConcurrentMap<String, String> used = used();
        String first = used.putIfAbsent(s.signature, expires(s.salt) + "|" + key);
        if (first != null && (key.isEmpty() || !first.substring(first.indexOf('|') + 1).equals(key))) {
            reused.incrementAndGet();
            LOG.info("a public form was refused: its proof of work was used before");
            throw refused("页面的安全验证已用过，请刷新页面后重新提交");
        }
        passed.incrementAndGet();
        if (used.size() > 10_000) {
            new java.util.ArrayList<>(used.entrySet()).stream()
                    .filter(e -> Long.parseLong(e.getValue().substring(0, e.getValue().indexOf('|'))) < now)
                    .forEach(e -> used.remove(e.getKey(), e.getValue()));
        }
    }

    /** The Base64 JSON of a solution, read with JSON-P (cheap: no binding runtime per request); null if it is not one. */
    static Solution parse(String proof) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(
                new String(Base64.getDecoder().decode(proof.trim()), StandardCharsets.UTF_8)))) {
            jakarta.json.JsonObject o = reader.readObject();
            Solution s = new Solution();
            s.algorithm = o.getString("algorithm", null);
            s.challenge = o.getString("challenge", null);
            s.salt = o.getString("salt", null);
            s.signature = o.getString("signature", null);
            s.number = o.containsKey("number") && o.get("number") instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
            return s;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The refusals since start (per instance), for the administrator. */
    public Map<String, Long> counts() {
        return Map.of("honeypot", filled.get(), "missingProof", missing.get(), "invalidProof", invalid.get(),
                "reusedProof", reused.get(), "passed", passed.get());
    }

    private static ProblemException refused(String message) {
        return ProblemException.invalid(message, List.of(new Problem.FieldError("proofOfWork", message)));
    }

    private static long expires(String salt) {
        int at = salt.indexOf("?expires=");
        try {
            return at < 0 ? 0 : Long.parseLong(salt.substring(at + 9).replaceAll("&.*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key(KEY), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
