package org.govinbox.disclosure.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.govinbox.disclosure.entity.IndexNumber;
import org.govinbox.platform.control.ConfiguredList;

/**
 * The disclosure portal's local rules, read from configuration ({@code govinbox.disclosure.*}): key domains,
 * subjects, genres, agency codes per department, the registration-number pattern of normative documents, whether
 * items are reviewed before publication, and the publication time limit (Regulations Art. 26: 20 working days).
 */
public record DisclosureSettings(Map<String, String> domains, List<String> subjects, List<String> genres,
                                 String organisationAgencyCode, Map<String, String> agencyCodes,
                                 String normativePattern, boolean review, int publishWithin,
                                 int maxAttachments, long maxAttachmentBytes) {

    public DisclosureSettings {
        if (!IndexNumber.validAgencyCode(organisationAgencyCode)) {
            throw new IllegalArgumentException("govinbox.organisation.agency-code must be 9 or 18 characters 0-9/A-Z");
        }
        agencyCodes.forEach((department, code) -> {
            if (!IndexNumber.validAgencyCode(code)) {
                throw new IllegalArgumentException("agency code of " + department + " must be 9 or 18 characters");
            }
        });
        if (!normativePattern.contains("{year}") || !normativePattern.contains("{n}")) {
            throw new IllegalArgumentException("govinbox.disclosure.normative.pattern needs {year} and {n}");
        }
    }

    public static DisclosureSettings read(Config config) {
        String p = "govinbox.disclosure.";
        return new DisclosureSettings(
                ConfiguredList.pairs(config.getValue(p + "domains", String.class)),
                List.copyOf(ConfiguredList.pairs(config.getValue(p + "subjects", String.class)).keySet()),
                List.copyOf(ConfiguredList.pairs(config.getValue(p + "genres", String.class)).keySet()),
                config.getValue("govinbox.organisation.agency-code", String.class).trim(),
                ConfiguredList.pairs(config.getOptionalValue(p + "agency-codes", String.class).orElse("")),
                config.getValue(p + "normative.pattern", String.class).trim(),
                config.getValue(p + "review", Boolean.class),
                config.getValue(p + "publish-within", Integer.class),
                config.getValue(p + "attachments.max-count", Integer.class),
                config.getValue(p + "attachments.max-bytes", Long.class));
    }

    /** The agency code of a publishing department: its own if configured, else the organisation's. */
    public String agencyCodeOf(String department) {
        return agencyCodes.getOrDefault(department, organisationAgencyCode);
    }

    public Optional<String> domainName(String code) {
        return Optional.ofNullable(domains.get(code));
    }

    /** The registration number of the {@code n}th normative document of {@code year}, e.g. 宝渭政规〔2026〕3号. */
    public String registrationNumber(int year, int n) {
        return normativePattern.replace("{year}", String.valueOf(year)).replace("{n}", String.valueOf(n));
    }
}
