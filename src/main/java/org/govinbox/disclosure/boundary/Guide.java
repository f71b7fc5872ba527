package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.disclosure.control.HtmlSafety;
import org.govinbox.disclosure.entity.DisclosureGuide;
import org.govinbox.platform.boundary.ProblemException;

/**
 * The disclosure guide (公开指南, Regulations Art. 12: how to obtain information, the office, its address, hours,
 * contacts, how to apply): public, edited by publishers as sanitised rich text. Until first saved it is the template
 * in {@code disclosure/guide.html} with the organisation's name.
 */
@ApplicationScoped
public class Guide {

    public record View(String body, Instant updatedAt, long version, boolean template) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicCache cache;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisation;

    @Inject
    @ConfigProperty(name = "govinbox.disclosure.office-address")
    java.util.Optional<String> officeAddress;

    @Inject
    @ConfigProperty(name = "govinbox.disclosure.office-phone")
    java.util.Optional<String> officePhone;

    @Inject
    @ConfigProperty(name = "govinbox.disclosure.office-hours", defaultValue = "工作日 上午 8:30—12:00，下午 14:30—18:00")
    String officeHours;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String json() {
        return cache.get("guide", () -> PublicPortal.JSON.toJson(view()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View view() {
        DisclosureGuide guide = em.find(DisclosureGuide.class, DisclosureGuide.ID);
        return guide == null ? new View(template(), null, 0, true)
                : new View(guide.body(), guide.updatedAt(), guide.version(), false);
    }

    @Transactional
    public View update(String body, Long expectedVersion) {
        String safe = HtmlSafety.sanitise(body);
        if (HtmlSafety.text(safe).isBlank()) {
            throw ProblemException.invalid("body", "公开指南不能为空");
        }
        if (safe.length() > 200_000) {
            throw ProblemException.invalid("body", "公开指南过长");
        }
        DisclosureGuide guide = em.find(DisclosureGuide.class, DisclosureGuide.ID);
        if (guide == null) {
            guide = new DisclosureGuide(safe, caller.username(), clock.instant());
            em.persist(guide);
        } else {
            if (expectedVersion != null && expectedVersion != guide.version()) {
                throw ProblemException.conflict("公开指南已被他人修改，请刷新后再试");
            }
            guide.update(safe, caller.username(), clock.instant());
        }
        em.flush();
        audit.record("DISCLOSURE_GUIDE", "guide", String.valueOf(DisclosureGuide.ID), "修改公开指南");
        return new View(guide.body(), guide.updatedAt(), guide.version(), false);
    }

    private String template() {
        try (InputStream in = Guide.class.getClassLoader().getResourceAsStream("disclosure/guide.html")) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the office's address and telephone from configuration; a line not configured is left out, never a placeholder
            String office = officeAddress.filter(a -> !a.isBlank()).map(a -> "<br>办公地址：" + HtmlSafety.escape(a.strip())).orElse("")
                    + officePhone.filter(p -> !p.isBlank()).map(p -> "<br>联系电话：" + HtmlSafety.escape(p.strip())).orElse("");
            return HtmlSafety.sanitise(text.replace("{organisation}", organisation).replace("{office}", office)
                    .replace("{hours}", HtmlSafety.escape(officeHours)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
