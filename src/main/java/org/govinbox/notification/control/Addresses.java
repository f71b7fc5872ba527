package org.govinbox.notification.control;

import java.net.IDN;
import java.util.Locale;
import java.util.UUID;

/**
 * Mail addresses as SMTP wants them. N5: an internationalised domain (政府.中国, bücher.de) goes on the envelope
 * and in the header in its ASCII form (IDNA, xn--…); a non-ASCII local part stays UTF-8 (SMTPUTF8).
 */
public final class Addresses {

    private Addresses() {
    }

    /** N5: {@code local@domain} with the domain in ASCII; the address unchanged when it has no {@code @}. */
    public static String ascii(String address) {
        String trimmed = address.trim();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed;
        }
        String domain = trimmed.substring(at + 1);
        String asciiDomain = domain.chars().allMatch(c -> c < 128) ? domain
                : IDN.toASCII(domain.replace('。', '.').replace('．', '.').replace('｡', '.'), IDN.ALLOW_UNASSIGNED);
        return trimmed.substring(0, at + 1) + asciiDomain.toLowerCase(Locale.ROOT);
    }

    /** N4: a Message-ID of the sender's domain, unique for every message. */
    public static String messageId(String sender) {
        String domain = sender == null || sender.lastIndexOf('@') < 0 ? "govinbox.local"
                : ascii(sender).substring(ascii(sender).lastIndexOf('@') + 1);
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** For lists an administrator reads: {@code zh***@example.com}. */
    public static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return "***";
        }
        String local = address.substring(0, at);
        int keep = Math.min(2, Math.max(0, local.codePointCount(0, local.length()) - 1));
        return local.substring(0, local.offsetByCodePoints(0, keep)) + "***" + address.substring(at);
    }
}
