package org.govinbox.disclosure.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.govinbox.disclosure.control.DisclosureSettings;

/** The portal's configured catalogue: key domains, subjects, genres and the publishing rules ({@link DisclosureSettings}). */
@ApplicationScoped
public class Catalogue {

    public record Named(String code, String name) {
    }

    /** What the publisher's forms offer. */
    public record Choices(List<Named> domains, List<String> subjects, List<String> genres, boolean review,
                          int publishWithin, int maxAttachments, long maxAttachmentBytes) {
    }

    @Inject
    Config config;

    private DisclosureSettings settings;

    @PostConstruct
    void read() {
        settings = DisclosureSettings.read(config);
    }

    public DisclosureSettings settings() {
        return settings;
    }

    public String domainName(String code) {
        return settings.domainName(code).orElse(code);
    }

    public Choices choices() {
        return new Choices(settings.domains().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList(),
                settings.subjects(), settings.genres(), settings.review(), settings.publishWithin(),
                settings.maxAttachments(), settings.maxAttachmentBytes());
    }
}
