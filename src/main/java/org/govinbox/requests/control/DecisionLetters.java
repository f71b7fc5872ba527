package org.govinbox.requests.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.entity.Case;
import org.govinbox.requests.entity.DisclosureRequest;
import org.govinbox.requests.entity.Outcome;

/**
 * The decision letter (政府信息公开申请答复告知书), written from a template per outcome
 * ({@code requests/letters.properties}) with the applicant's data, what was decided and why, its legal basis and
 * the remedies (Regulations Art. 51: reconsideration within 60 days, a lawsuit within 6 months), signed with the
 * organisation's name and the day.
 * <p>
 * L1: every one of the 21 outcomes has its paragraph (checked at start). L2: the letter names the applicant, the
 * day the request arrived, what was asked for, the outcome, the staff's text, the legal basis and both remedies.
 */
@ApplicationScoped
public class DecisionLetters {

    static final String RESOURCE = "requests/letters.properties";

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisation;

    @Inject
    @ConfigProperty(name = "govinbox.requests.reconsideration-organ")
    String reconsiderationOrgan;

    @Inject
    @ConfigProperty(name = "govinbox.requests.court")
    String court;

    private Properties templates;

    @PostConstruct
    void load() {
        templates = read();
        for (Outcome o : Outcome.values()) {
            if (templates.getProperty("outcome." + o.code()) == null) {
                throw new IllegalStateException(RESOURCE + " has no paragraph for outcome " + o.code());
            }
        }
    }

    static Properties read() {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(DecisionLetters.class.getClassLoader().getResourceAsStream(RESOURCE),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return p;
    }

    /** L2 */
    public String write(Case c, DisclosureRequest r, Outcome outcome, String text, String legalBasis, LocalDate on) {
        String corrected = r.correctedOn() == null ? ""
                : MessageFormat.format(templates.getProperty("corrected"), chinese(r.correctionAsked()), chinese(r.correctedOn()));
        // addressed to the applicant: the person, or the organisation by its name
        return MessageFormat.format(templates.getProperty("letter"), c.submitter().name(), chinese(r.receivedOn()), c.content().trim(),
                corrected, templates.getProperty("outcome." + outcome.code()), text, legalBasis, reconsiderationOrgan, court,
                organisation, chinese(on), c.queryCode());
    }

    /** 2026年3月2日 */
    public static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
