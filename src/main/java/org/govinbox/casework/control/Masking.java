package org.govinbox.casework.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * What a public page may show of a person (Personal Information Protection Law; the district's publication
 * rules): the surname only (张**), a phone number's first three and last four digits (138****8000), no
 * identity card numbers, no e-mail addresses. Addresses in free text cannot be found by a rule: the
 * dispatcher edits the published text before publishing. A publication also masks the names of the case's own
 * people wherever they occur ("李华同志" → "李**同志").
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

    /**
     * P2: {@link #text} and every one of {@code names} (two characters or more; a one-character name would mask
     * every occurrence of a common character) replaced by its masked form, longest first.
     */
    public static String publication(String text, Collection<String> names) {
        String masked = text(text);
        if (masked == null) {
            return null;
        }
        for (String name : names.stream().filter(n -> n != null && n.trim().codePointCount(0, n.trim().length()) >= 2)
                .map(String::trim).distinct().sorted(Comparator.comparing(String::length).reversed()).toList()) {
            masked = masked.replace(name, name(name));
        }
        return masked;
    }
}
