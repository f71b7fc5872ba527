package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.disclosure.boundary.Disclosures;
import org.govinbox.disclosure.boundary.ItemInput;
import org.jsoup.nodes.Entities;
import org.govinbox.proposals.entity.Motion;
import org.govinbox.proposals.entity.Sitting;

/** 办理结果公开: a reply the office decided to publish becomes a disclosure item of the 建议提案办理 column. */
@ApplicationScoped
public class ResultPublisher {

    @PersistenceContext
    EntityManager em;

    @Inject
    Disclosures disclosures;

    @Inject
    @ConfigProperty(name = "govinbox.proposals.domain", defaultValue = "MOTIONS")
    String domain;

    long publish(MotionType type, Case c, Motion m, String maskedText, CaseReply last, String actor) {
        Sitting sitting = em.find(Sitting.class, m.sitting());
        ItemInput input = new ItemInput();
        input.title = "对" + sitting.name() + "第" + m.number() + "号" + type.assembly().item() + "的答复";
        input.publisher = c.leadDepartment();
        input.writtenOn = LocalDate.ofInstant(last.sentAt(), ZoneId.of("Asia/Shanghai")).toString();
        input.domain = domain;
        input.keywords = "建议提案办理," + type.assembly().item();
        String summary = "《" + c.title() + "》办理结果（" + last.replyClass() + " 类）";
        input.summary = summary.codePointCount(0, summary.length()) > ItemInput.SUMMARY_MAX
                ? summary.substring(0, summary.offsetByCodePoints(0, ItemInput.SUMMARY_MAX)) : summary;
        input.body = "<h2>" + Entities.escape(c.title()) + "</h2>" + paragraphs(maskedText);
        input.normative = false;
        return disclosures.publishDecided(input, actor);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line.trim())).append("</p>");
            }
        }
        return html.toString();
    }
}
