package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.casework.entity.Rating;
import org.govinbox.proposals.entity.Motion;

/**
 * The inspectors' figures for suggestions and proposals, per sitting, per type and per department, computed from the
 * stored facts (the replies with their frozen timeliness, the contact records, the ratings per round):
 * <ul>
 * <li>办复率 = replied ÷ assigned (an item is assigned once it left 已登记; replied once its first reply went out);</li>
 * <li>按期办复率 = items whose first replies went out on or before their due date ÷ (replied items + open items past
 *     their due date without a reply);</li>
 * <li>见面率 = replied items with a contact record dated on or before the first reply ÷ replied;</li>
 * <li>满意率 = (满意 + 基本满意) ÷ rated, by the lead proposer's latest rating;</li>
 * <li>初次满意率 = the same on the first round's rating only.</li>
 * </ul>
 * Per department: the items it leads (jointly handled) or has a part of (separately handled), its own replies.
 */
@ApplicationScoped
public class MotionStats {

    static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put("replyRate", "办复率 = 已答复件数 ÷ 已交办件数");
        DEFINITIONS.put("onTimeRate", "按期办复率 = 首次答复在期限内的件数 ÷ （已答复件数 + 已超期未答复件数）");
        DEFINITIONS.put("contactRate", "见面率 = 首次答复前有面商或电话沟通记录的件数 ÷ 已答复件数");
        DEFINITIONS.put("satisfactionRate", "满意率 = （满意 + 基本满意）÷ 已评价件数，以领衔人最近一次评价为准");
        DEFINITIONS.put("firstSatisfactionRate", "初次满意率 = 第一轮答复评价为满意或基本满意的件数 ÷ 第一轮已评价件数");
    }

    public record Rates(BigDecimal replyRate, BigDecimal onTimeRate, BigDecimal contactRate, BigDecimal satisfactionRate,
                        BigDecimal firstSatisfactionRate) {
    }

    public record Figures(String department, String departmentName, long total, long assigned, long replied,
                          long repliedOnTime, long overdue, long contacted, long rated, long satisfied,
                          long basicallySatisfied, long dissatisfied, long firstRated, long firstSatisfied, Rates rates) {
    }

    public record Stats(String type, Long sitting, long total, long assigned, long replied, long repliedOnTime,
                        long overdue, long contacted, long rated, long satisfied, long basicallySatisfied,
                        long dissatisfied, long firstRated, long firstSatisfied, Rates rates,
                        Map<String, String> definitions, List<Figures> departments) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Departments departments;

    @Inject
    Clock clock;

    /** Counters of one set of items. */
    static final class Tally {
        long total, assigned, replied, onTime, overdue, contacted, rated, satisfied, basically, dissatisfied, firstRated, firstSatisfied;

        void add(Case c, List<CaseReply> firstReplies, LocalDate today) {
            total++;
            if (!"REGISTERED".equals(c.state())) {
                assigned++;
            }
            if (firstReplies.isEmpty()) {
                // only an assigned item owes a reply: before assignment its clock is the office's (assign within a month)
                if (!"REGISTERED".equals(c.state()) && c.overdue(today)) {
                    overdue++;
                }
                return;
            }
            replied++;
            if (firstReplies.stream().allMatch(CaseReply::onTime)) {
                onTime++;
            }
            LocalDate firstOn = firstReplies.stream().map(r -> LocalDate.ofInstant(r.sentAt(), ZoneId.of("Asia/Shanghai")))
                    .min(LocalDate::compareTo).orElseThrow();
            if (c.parties().stream().flatMap(p -> p.contacts().stream()).anyMatch(k -> !k.contactedOn().isAfter(firstOn))) {
                contacted++;
            }
            CaseParty lead = c.submitter();
            Optional<Rating> latest = lead.rating();
            if (latest.isPresent()) {
                rated++;
                switch (latest.get().satisfaction()) {
                    case SATISFIED -> satisfied++;
                    case BASICALLY_SATISFIED -> basically++;
                    case DISSATISFIED -> dissatisfied++;
                }
            }
            Optional<Rating> first = lead.ratingOf(1);
            if (first.isPresent()) {
                firstRated++;
                if (first.get().satisfaction() != CaseParty.Satisfaction.DISSATISFIED) {
                    firstSatisfied++;
                }
            }
        }

        Rates rates() {
            return new Rates(rate(replied, assigned), rate(onTime, replied + overdue), rate(contacted, replied),
                    rate(satisfied + basically, rated), rate(firstSatisfied, firstRated));
        }
    }

    /** A percentage with one decimal (96.7), or null when nothing is counted. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stats of(String type, Long sitting) {
        LocalDate today = LocalDate.now(clock);
        jakarta.persistence.TypedQuery<Case> query = em.createQuery("SELECT c FROM Case c WHERE c.type = :type"
                + (sitting == null ? "" : " AND c.group = :sitting") + " ORDER BY c.id", Case.class).setParameter("type", type);
        if (sitting != null) {
            query.setParameter("sitting", sitting);
        }
        Tally all = new Tally();
        Map<String, Tally> byUnit = new TreeMap<>();
        for (Case c : query.getResultList()) {
            List<CaseReply> first = c.replies().stream().filter(r -> r.round() == 1).toList();
            all.add(c, first, today);
            Motion m = em.find(Motion.class, c.id());
            List<String> units = new ArrayList<>();
            if (m != null && m.separate()) {
                m.parts().forEach(p -> units.add(p.department()));
            } else if (c.leadDepartment() != null) {
                units.add(c.leadDepartment());
            }
            for (String unit : units) {
                List<CaseReply> own = m != null && m.separate()
                        ? first.stream().filter(r -> unit.equals(r.department())).toList() : first;
                byUnit.computeIfAbsent(unit, u -> new Tally()).add(c, own, today);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        departments.all().forEach(d -> names.put(d.code(), d.name()));
        List<Figures> perUnit = byUnit.entrySet().stream().map(e -> figures(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new Stats(type, sitting, all.total, all.assigned, all.replied, all.onTime, all.overdue, all.contacted,
                all.rated, all.satisfied, all.basically, all.dissatisfied, all.firstRated, all.firstSatisfied, all.rates(),
                DEFINITIONS, perUnit);
    }

    private static Figures figures(String unit, String name, Tally t) {
        return new Figures(unit, name, t.total, t.assigned, t.replied, t.onTime, t.overdue, t.contacted, t.rated,
                t.satisfied, t.basically, t.dissatisfied, t.firstRated, t.firstSatisfied, t.rates());
    }
}
