package org.govinbox.casework.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.platform.control.ConfiguredList;

/**
 * What differs by case type, read from configuration ({@code govinbox.case.<type>.*}): the channels it comes
 * in by, its categories, its clocks (accept, reply per category, re-handling), the most an extension may add,
 * the return window, when "due soon" starts, whether replies are reviewed, and the reasons for rejecting.
 * Defaults for the mailbox letter follow DOMAIN.md (local rules).
 * <p>
 * P1: a reply limit exists for every category; P2: lists given as {@code CODE:名称,CODE:名称} keep their order;
 * P3: a clock is due soon when fewer than {@code dueSoonWithin} working days are left after today (2: due today or
 * on the next working day), so that a letter with 2 days to be accepted is not "due soon" the day it arrives.
 */
public record CasePolicy(String type, Map<String, String> channels, Map<String, String> categories,
                         ClockKind clock, int acceptWithin, Map<String, Integer> replyWithin, int maxExtension,
                         int rehandleWithin, int returnWindow, int dueSoonWithin, boolean reviewReplies,
                         List<String> rejectReasons) {

    public CasePolicy {
        for (String category : categories.keySet()) {
            if (!replyWithin.containsKey(category)) {
                throw new IllegalArgumentException("no reply limit for category " + category + " of " + type);
            }
        }
    }

    /** P3, for a clock with this many working days left after today (negative: overdue, not "soon"). */
    public boolean dueSoon(int workingDaysLeft) {
        return workingDaysLeft >= 0 && workingDaysLeft < dueSoonWithin;
    }

    public int replyWithin(String category) {
        return replyWithin.get(category);
    }

    /** Reads the policy of {@code type} (lower case in keys, e.g. {@code govinbox.case.letter.accept-within}). */
    public static CasePolicy read(Config config, String type) {
        String prefix = "govinbox.case." + type.toLowerCase(java.util.Locale.ROOT) + ".";
        Map<String, String> categories = pairs(config.getValue(prefix + "categories", String.class));
        Map<String, Integer> reply = new LinkedHashMap<>();
        pairs(config.getValue(prefix + "reply-within", String.class)).forEach((k, v) -> reply.put(k, Integer.parseInt(v.trim())));
        return new CasePolicy(type,
                pairs(config.getValue(prefix + "channels", String.class)),
                categories,
                ClockKind.valueOf(config.getOptionalValue(prefix + "clock", String.class).orElse("WORKING_DAYS")),
                config.getValue(prefix + "accept-within", Integer.class),
                reply,
                config.getValue(prefix + "max-extension", Integer.class),
                config.getValue(prefix + "rehandle-within", Integer.class),
                config.getValue(prefix + "return-window", Integer.class),
                config.getValue(prefix + "due-soon-within", Integer.class),
                config.getValue(prefix + "review-replies", Boolean.class),
                List.of(config.getValue(prefix + "reject-reasons", String.class).split("\\s*[|]\\s*")));
    }

    /** P2 */
    static Map<String, String> pairs(String value) {
        return ConfiguredList.pairs(value);
    }

    public Optional<String> channelName(String code) {
        return Optional.ofNullable(channels.get(code));
    }
}
