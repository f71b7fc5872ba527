package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.disclosure.entity.CleanupReview;
import org.govinbox.disclosure.entity.CleanupRound;
import org.govinbox.disclosure.entity.DisclosureItem;
import org.govinbox.disclosure.entity.ItemState;
import org.govinbox.disclosure.entity.Validity;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Clean-up rounds of normative documents (规范性文件清理), run by the government office's publishers.
 * N1: a round reviews published normative documents (by default every one in force when it opens). N2: each gets
 * keep, amend or repeal with a reason; closing the round needs a decision on every document and applies them all in
 * one transaction — repeal makes the document 废止 on the closing day, citing the round; amend marks it 已修改;
 * keep writes the review on its history. N3: a closed round changes no more.
 */
@ApplicationScoped
public class CleanupRounds {

    public record Review(long itemId, String indexNumber, String registrationNumber, String title,
                         String documentNumber, String publisher, String validity, String decision,
                         String decisionName, String reason) {
    }

    public record Round(long id, String name, String state, Instant openedAt, Instant closedAt, int reviewed,
                        int kept, int amended, int repealed, int undecided, List<Review> reviews) {
    }

    /** A new round: its name and, optionally, the documents to review (default: every one in force). */
    public static class Opening {
        public String name;
        public List<Long> items;
    }

    public static class Decision {
        public String decision;
        public String reason;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Disclosures disclosures;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Round open(Opening opening) {
        officeOnly();
        String name = opening == null ? null : ItemInput.trimmed(opening.name);
        if (name == null || name.length() > 200) {
            throw ProblemException.invalid("name", "请填写清理轮次名称（不超过 200 字），如 2026年规范性文件清理");
        }
        List<Long> ids;
        if (opening.items == null || opening.items.isEmpty()) {
            ids = em.createQuery("SELECT i.id FROM DisclosureItem i WHERE i.normative = :yes AND i.state = :state "
                            + "AND i.validity = :valid ORDER BY i.publishedOn, i.id", Long.class)
                    .setParameter("yes", Boolean.TRUE).setParameter("state", ItemState.PUBLISHED)
                    .setParameter("valid", Validity.VALID).getResultList();
        } else {
            ids = new ArrayList<>(new LinkedHashSet<>(opening.items));
            for (Long id : ids) {
                DisclosureItem item = id == null ? null : em.find(DisclosureItem.class, id);
                if (item == null || !item.normative() || item.state() != ItemState.PUBLISHED) {
                    throw ProblemException.invalid("items", "第 " + id + " 号信息不是已发布的规范性文件");
                }
            }
        }
        if (ids.isEmpty()) {
            throw ProblemException.invalid("items", "没有可清理的规范性文件");
        }
        CleanupRound round = new CleanupRound(name, caller.username(), clock.instant());
        em.persist(round);
        em.flush();
        for (Long id : ids) {
            em.persist(new CleanupReview(round.id(), id));
        }
        audit.record("CLEANUP_OPEN", "cleanup-round", String.valueOf(round.id()), name + "：" + ids.size() + " 件");
        return view(round);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Round> list() {
        officeOnly();
        return em.createQuery("SELECT r FROM CleanupRound r ORDER BY r.openedAt DESC, r.id DESC", CleanupRound.class)
                .getResultList().stream().map(r -> summary(r, reviews(r.id()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Round one(long id) {
        officeOnly();
        return view(round(id));
    }

    @Transactional
    public Round decide(long roundId, long itemId, Decision input) {
        officeOnly();
        CleanupRound round = round(roundId);
        round.mustBeOpen();
        CleanupReview review = em.find(CleanupReview.class, key(roundId, itemId));
        if (review == null) {
            throw ProblemException.notFound("第 " + itemId + " 号文件不在本轮清理范围内");
        }
        CleanupReview.Decision decision;
        try {
            decision = CleanupReview.Decision.valueOf(input == null || input.decision == null ? ""
                    : input.decision.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("decision", "清理意见应为 KEEP（继续有效）、AMEND（修改）或 REPEAL（废止）");
        }
        String reason = ItemInput.trimmed(input.reason);
        if (reason == null || reason.length() > 500) {
            throw ProblemException.invalid("reason", "请填写清理理由（不超过 500 字）");
        }
        review.decide(decision, reason);
        audit.record("CLEANUP_DECIDE", "cleanup-round", String.valueOf(roundId), itemId + "：" + decision.label());
        return view(round);
    }

    /** N2: applies every decision; returns the round and the items whose public face changed. */
    @Transactional
    public Round close(long roundId) {
        officeOnly();
        CleanupRound round = round(roundId);
        round.mustBeOpen();
        List<CleanupReview> reviews = reviews(roundId);
        long undecided = reviews.stream().filter(r -> r.decision() == null).count();
        if (undecided > 0) {
            throw ProblemException.conflict("还有 " + undecided + " 件文件未提出清理意见，不能结束本轮清理");
        }
        String actor = caller.username();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (CleanupReview review : reviews) {
            DisclosureItem item = em.find(DisclosureItem.class, review.itemId());
            switch (review.decision()) {
                case KEEP -> item.keptByReview(round.name() + "：" + review.reason(), actor, now);
                case AMEND -> item.amend(round.name() + "：" + review.reason(), actor, now);
                case REPEAL -> item.repeal(today, round.name(), review.reason(), actor, now);
            }
        }
        round.close(actor, now);
    
        em.flush();
        Round closed = view(round);
        audit.record("CLEANUP_CLOSE", "cleanup-round", String.valueOf(roundId), round.name() + "：继续有效 "
                + closed.kept() + "，修改 " + closed.amended() + "，废止 " + closed.repealed());
        return closed;
    }

    private Round view(CleanupRound round) {
        List<CleanupReview> reviews = reviews(round.id());
        Round summary = summary(round, reviews);
        List<Review> lines = new ArrayList<>();
        for (CleanupReview r : reviews) {
            DisclosureItem i = em.find(DisclosureItem.class, r.itemId());
            lines.add(new Review(i.id(), i.indexNumber().orElse(null), i.registrationNumber(), i.title(),
                    i.documentNumber(), i.publisherName(), i.validity().label(),
                    r.decision() == null ? null : r.decision().name(), r.decision() == null ? null : r.decision().label(),
                    r.reason()));
        }
        return new Round(summary.id(), summary.name(), summary.state(), summary.openedAt(), summary.closedAt(),
                summary.reviewed(), summary.kept(), summary.amended(), summary.repealed(), summary.undecided(), lines);
    }

    private static Round summary(CleanupRound round, List<CleanupReview> reviews) {
        Map<CleanupReview.Decision, Integer> counts = new EnumMap<>(CleanupReview.Decision.class);
        int undecided = 0;
        for (CleanupReview r : reviews) {
            if (r.decision() == null) {
                undecided++;
            } else {
                counts.merge(r.decision(), 1, Integer::sum);
            }
        }
        return new Round(round.id(), round.name(), round.state().name(), round.openedAt(), round.closedAt(),
                reviews.size(), counts.getOrDefault(CleanupReview.Decision.KEEP, 0),
                counts.getOrDefault(CleanupReview.Decision.AMEND, 0),
                counts.getOrDefault(CleanupReview.Decision.REPEAL, 0), undecided, List.of());
    }

    private List<CleanupReview> reviews(long roundId) {
        return em.createQuery("SELECT r FROM CleanupReview r WHERE r.roundId = :round ORDER BY r.itemId",
                CleanupReview.class).setParameter("round", roundId).getResultList();
    }

    private CleanupRound round(long id) {
        CleanupRound round = em.find(CleanupRound.class, id);
        if (round == null) {
            throw ProblemException.notFound("第 " + id + " 轮清理不存在");
        }
        return round;
    }

    private static CleanupReview.Key key(long roundId, long itemId) {
        CleanupReview.Key key = new CleanupReview.Key();
        key.roundId = roundId;
        key.itemId = itemId;
        return key;
    }

    /** N1: clean-up is the government office's work. */
    private void officeOnly() {
        disclosures.scope();
        if (!disclosures.inOffice()) {
            throw ProblemException.forbidden("规范性文件清理由政府办公开工作人员负责");
        }
    }
}
