package org.govinbox.accounts.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a staff password must meet (configurable: {@code govinbox.password.*}).
 * <p>
 * R5: at least {@code minLength} characters, at most 128; with {@code requireLetterAndDigit}, at least one
 * letter and one digit; never the username itself.
 */
public class PasswordPolicy {

    public static final int MAX_LENGTH = 128;

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
        return violations;
    }

    public int minLength() {
        return minLength;
    }
}
