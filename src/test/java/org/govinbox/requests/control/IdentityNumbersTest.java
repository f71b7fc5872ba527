package org.govinbox.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** I1: the check character of the resident identity card number (GB 11643-1999). */
class IdentityNumbersTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @ParameterizedTest(name = "{0} is valid")
    @CsvSource({"11010519491231002X", "11010519491231002x", "110105194912310029x", "440524188001010014"})
    void valid(String number) {
        // the third has one digit too many: only the well-formed ones pass (a lower-case x is read as X)
        if (number.length() == 18) {
            assertNull(IdentityNumbers.problem(number, TODAY), number);
        } else {
            assertNotNull(IdentityNumbers.problem(number, TODAY));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "110105194912310021, 校验位",
            "11010519491231002, 18 位",
            "1101051949123100XX, 18 位",
            "110105194902300028, 出生日期",
            "110105203001010011, 出生日期"})
    void invalid(String number, String says) {
        String problem = IdentityNumbers.problem(number, TODAY);
        assertNotNull(problem);
        assertEquals(true, problem.contains(says), problem);
    }

    @ParameterizedTest(name = "check of {0} is {1}")
    @CsvSource({"11010519491231002, X", "44052418800101001, 4"})
    void checkCharacter(String first17, char check) {
        assertEquals(check, IdentityNumbers.check(first17));
    }
}
