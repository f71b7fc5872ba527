package org.govinbox.accounts.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a staff password must meet (configurable: {@code govinbox.password.*}).
 * <p>
 * R5: at least {@code minLength} characters, at most 128; with {@code requireLetterAndDigit}, at least one
 * letter and one digit; never the username itself. R5a: never one of the 100,000 most common (breached) passwords
 * of nbvcxz's list, compared without case, nor such a password with digits or symbols appended ({@code Password1234},
 * {@code qwerty2026!}).
 */
public class PasswordPolicy {

    public static final int MAX_LENGTH = 128;
    private static final String LIST = "dictionaries/passwords.txt";

    /** A broken rule: its code and a message for the user. */
    public record Violation(String rule, String message) {
    }

    private final int minLength;
    private final boolean requireLetterAndDigit;

    public PasswordPolicy(int minLength, boolean requireLetterAndDigit) {
        this.minLength = minLength;
        this.requireLetterAndDigit = requireLetterAndDigit;
    }

    public List<Violation> check(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < minLength) {
            violations.add(new Violation("min-length", "密码至少需要 " + minLength + " 个字符"));
        }
        if (length > MAX_LENGTH) {
            violations.add(new Violation("max-length", "密码不能超过 " + MAX_LENGTH + " 个字符"));
        }
        if (requireLetterAndDigit
                && (candidate.chars().noneMatch(Character::isLetter) || candidate.chars().noneMatch(Character::isDigit))) {
            violations.add(new Violation("letter-and-digit", "密码必须同时包含字母和数字"));
        }
        if (username != null && !username.isBlank() && candidate.equalsIgnoreCase(username)) {
            violations.add(new Violation("not-username", "密码不能与用户名相同"));
        }
        if (length >= 4 && length <= MAX_LENGTH && common(candidate)) {
            violations.add(new Violation("common", "这是常见密码（在已泄露的密码中经常出现），请换一个不易猜到的密码"));
        }
        return violations;
    }

    /** R5a: read from the list each time (a password is checked rarely; 100,000 lines stay out of the heap). */
    static boolean common(String password) {
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        String stem = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        java.io.InputStream list = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST);
        if (list == null) {
            throw new IllegalStateException(LIST + " (nbvcxz) is missing from the class path");
        }
        try (java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(list, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String known = line.trim().toLowerCase(java.util.Locale.ROOT);
                if (known.equals(lower) || (stem.length() >= 4 && known.equals(stem))) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int minLength() {
        return minLength;
    }
}
