package org.govinbox.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5, R5a of {@link PasswordPolicy}. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, true);

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "li.ming | Weibin2026x     | ''",
        "li.ming | zq7wx1          | min-length",
        "li.ming | onlylettersxx   | letter-and-digit",
        "li.ming | 83920174652     | letter-and-digit",
        "li.ming | 12345678901     | letter-and-digit common",
        "li.ming | Password1234    | common",
        "li.ming | qwerty2026!     | common",
        "li.ming | woaini1314xx    | ''",
        "li.ming | Woaini1314      | common",
        "li.ming | 渭滨区政务公开平台2026 | ''",
        "admin1234x | ADMIN1234X  | not-username",
        "li.ming | abc1           | min-length common",
        "li.ming | zqxw           | min-length letter-and-digit",
    })
    void rules(String username, String password, String expected) {
        List<String> broken = policy.check(username, password).stream().map(PasswordPolicy.Violation::rule).toList();
        List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.split(" "));
        assertEquals(wanted, broken);
    }

    @ParameterizedTest
    @CsvSource({"8, Zqxwvut1, 0", "12, Zqxwvut1, 1"})
    void theMinimumLengthIsConfigurable(int minLength, String password, int violations) {
        assertEquals(violations, new PasswordPolicy(minLength, true).check("someone", password).size());
    }

    @ParameterizedTest
    @CsvSource({"true, 1", "false, 0"})
    void letterAndDigitCanBeSwitchedOff(boolean required, int violations) {
        assertEquals(violations, new PasswordPolicy(10, required).check("someone", "onlyletters").size());
    }
}
