package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.disclosure.boundary.PortalFigures;
import org.govinbox.mailbox.boundary.LetterType;

/**
 * R7: a year in the figures the seed district reports (items published; letters per mailbox and how many were
 * replied on time; suggestions, proposals and any other type handled, with their rates; normative documents issued,
 * cleaned up, kept, amended and to be repealed), computed from the data, and a paragraph in the style of the seed
 * report, ready to copy. Cases count by the day they were received (R1); the portal by the day of publication.
 */
@ApplicationScoped
public class YearReport {

    /** One mailbox, or one other case type, in the year. */
    public record Cases(String type, String key, String name, long received, long replied, long onTime, long late,
                        long pending, BigDecimal onTimeRate, BigDecimal satisfactionRate) {
    }

    public record Figures(int year, long itemsPublished, List<Cases> mailboxes, List<Cases> others,
                          long normativeIssued, long cleanedUp, long kept, long amended, long repealed,
                          String paragraph) {
    }

    @Inject
    CaseStats stats;

    @Inject
    CaseTypes types;

    @Inject
    PortalFigures portal;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisation;

    public Figures of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Cases> mailboxes = new ArrayList<>();
        List<Cases> others = new ArrayList<>();
        for (CaseType t : types.all()) {
            if (t.code().equals(LetterType.CODE)) {
                CaseStats.Table byChannel = stats.of(new CaseStats.Question(t.code(), from, to,
                        List.of(CaseStats.GroupBy.CHANNEL), null));
                for (Map.Entry<String, String> channel : t.policy().channels().entrySet()) {
                    CaseStats.Row row = byChannel.rows().stream().filter(r -> r.key().equals(channel.getKey())).findFirst()
                            .orElse(null);
                    mailboxes.add(cases(t.code(), channel.getKey(), channel.getValue(), row));
                }
            } else {
                CaseStats.Table all = stats.of(new CaseStats.Question(t.code(), from, to, List.of(), null));
                others.add(cases(t.code(), t.code(), t.name(), all.total()));
            }
        }
        PortalFigures.Year p = portal.of(year);
        return new Figures(year, p.published(), mailboxes, others, p.normativeIssued(), p.cleanedUp(), p.kept(),
                p.amended(), p.repealed(), paragraph(year, p, mailboxes, others));
    }

    private static Cases cases(String type, String key, String name, CaseStats.Row row) {
        return row == null ? new Cases(type, key, name, 0, 0, 0, 0, 0, null, null)
                : new Cases(type, key, name, row.received(), row.replied(), row.onTime(), row.late(), row.pending(),
                        row.onTimeRate(), row.satisfactionRate());
    }

    String paragraph(int year, PortalFigures.Year p, List<Cases> mailboxes, List<Cases> others) {
        StringBuilder s = new StringBuilder().append(year).append("年，").append(organisation)
                .append("通过政府门户网站主动公开政府信息").append(p.published()).append("条。");
        List<Cases> letters = mailboxes.stream().filter(m -> m.received() > 0).toList();
        if (!letters.isEmpty()) {
            s.append("办理");
            s.append(String.join("、", letters.stream().map(m -> m.name() + "来信" + m.received() + "件").toList()));
            long received = letters.stream().mapToLong(Cases::received).sum();
            long onTime = letters.stream().mapToLong(Cases::onTime).sum();
            long late = letters.stream().mapToLong(Cases::late).sum();
            if (onTime == received) {
                s.append("，均按期答复");
            } else {
                s.append("，按期答复").append(onTime).append("件");
                if (late > 0) {
                    s.append("、逾期").append(late).append("件");
                }
                if (received - onTime - late > 0) {
                    s.append("，正在办理").append(received - onTime - late).append("件");
                }
                BigDecimal rate = CaseStats.rate(onTime, onTime + late);
                if (rate != null) {
                    s.append("，按期答复率").append(percent(rate));
                }
            }
            s.append("；");
        }
        List<Cases> handled = others.stream().filter(o -> o.received() > 0).toList();
        if (!handled.isEmpty()) {
            s.append("办理").append(String.join("、", handled.stream().map(o -> o.name() + o.received() + "件").toList()))
                    .append("；");
        }
        if (s.charAt(s.length() - 1) == '；') {
            s.setCharAt(s.length() - 1, '。');
        }
        if (p.normativeIssued() > 0 || p.cleanedUp() > 0) {
            s.append("严格落实规范性文件统一登记、统一编号、统一公布制度");
            if (p.normativeIssued() > 0) {
                s.append("，审核规范性文件").append(p.normativeIssued()).append("件");
            }
            if (p.cleanedUp() > 0) {
                s.append("；开展规范性文件清理，清理").append(p.cleanedUp()).append("件，其中继续有效").append(p.kept()).append("件");
                if (p.amended() > 0) {
                    s.append("、拟修改").append(p.amended()).append("件");
                }
                s.append("、拟废止").append(p.repealed()).append("件");
            }
            s.append("。");
        }
        return s.toString();
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
