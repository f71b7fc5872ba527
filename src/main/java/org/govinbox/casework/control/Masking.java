package org.govinbox.casework.control;

import java.util.regex.Pattern;

/**
 * What a public page may show of a person (Personal Information Protection Law; the district's publication
 * rules): the surname only (张**), a phone number's first three and last four digits (138****8000), no
 * identity card numbers, no e-mail addresses. Addresses in free text cannot be found by a rule: the
 * dispatcher edits the published text before publishing.
 */
public final class Masking {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "**";
        }
        String trimmed = name.trim();
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "**";
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** Removes identity card numbers and e-mail addresses and masks mobile numbers in free text. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_CARD.matcher(text).replaceAll("[身份证号已隐去]");
        masked = EMAIL.matcher(masked).replaceAll("[邮箱已隐去]");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }
}
