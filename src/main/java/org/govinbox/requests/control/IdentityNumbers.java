package org.govinbox.requests.control;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-digit resident identity card number (居民身份证号码, GB 11643-1999): six digits of region, the birth date
 * as yyyyMMdd, three of sequence, and a check character computed over the first 17 (ISO 7064 MOD 11-2; 10 is X).
 * <p>
 * I1: a number is valid when it has 17 digits and a check character, its birth date is a real day not in the
 * future, and the check character is the computed one.
 */
public final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdentityNumbers() {
    }

    /** I1: null when valid, else what is wrong (in Chinese). */
    public static String problem(String number, LocalDate today) {
        String n = number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
        if (!n.matches("\\d{17}[\\dX]")) {
            return "居民身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）";
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            if (born.isAfter(today) || born.getYear() < 1880) {
                return "居民身份证号码中的出生日期不正确";
            }
        } catch (DateTimeException e) {
            return "居民身份证号码中的出生日期不正确";
        }
        return check(n) == n.charAt(17) ? null : "居民身份证号码校验位不正确，请核对";
    }

    /** The check character of the first 17 digits. */
    public static char check(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The number with all but the first and last few characters hidden, for staff lists (110***********1234). */
    public static String masked(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
