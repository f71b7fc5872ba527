package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.boundary.CasesChanged;
import org.govinbox.mailbox.boundary.LetterType;
import org.govinbox.platform.boundary.Clocks;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;

/**
 * R6: the public statistics of the mailboxes (办件统计 / 办件公示, as the government-website inspection rules ask):
 * per month and mailbox, received, replied, the on-time rate and satisfaction; and the list of handled letters with
 * their 受理日期, 答复日期, 答复部门 and category. No personal data ever; a letter's title and reply only when it was
 * published with its writer's consent. The figures are served from memory, dropped at every change to a case (and
 * at midnight, when "late" may change by itself).
 */
@ApplicationScoped
public class PublicStats {

    public record Figures(int year, CaseStats.Table months, CaseStats.Table mailboxes, Map<String, String> definitions) {
    }

    /** A handled letter as the public sees it. */
    public record Letter(long number, String mailbox, String category, LocalDate receivedOn, LocalDate acceptedOn,
                         LocalDate repliedOn, String department, String title, String content) {
    }

    public record Fact(Long id, String channel, String category, LocalDate receivedOn, LocalDate acceptedOn, Instant repliedAt,
                String department, boolean published, String title, String reply) {
    }

    @Inject
    CaseStats stats;

    @Inject
    CaseTypes types;

    @Inject
    Departments departments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseFacts memory;

    private final Map<String, Figures> cache = new ConcurrentHashMap<>();

    public Figures of(int year) {
        LocalDate today = LocalDate.now(clock);
        return cache.computeIfAbsent(year + "|" + today, k -> compute(year));
    }

    private Figures compute(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        CaseStats.Table months = stats.of(new CaseStats.Question(LetterType.CODE, from, to,
                List.of(CaseStats.GroupBy.MONTH, CaseStats.GroupBy.CHANNEL), null));
        CaseStats.Table mailboxes = stats.of(new CaseStats.Question(LetterType.CODE, from, to,
                List.of(CaseStats.GroupBy.CHANNEL), null));
        return new Figures(year, months, mailboxes, CaseStats.DEFINITIONS);
    }

    /**
     * Only when the bean exists (nothing is cached otherwise): a change made in the background (an import) must not
     * be what creates it, on a thread where the server injects no persistence context.
     */
    void changed(@Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS,
            during = TransactionPhase.AFTER_SUCCESS) CasesChanged event) {
        cache.clear();
    }

    /** The letters received in {@code year} whose first reply went out, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Letter> letters(int year, PageRequest page) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String select = "SELECT NEW org.govinbox.dashboard.boundary.PublicStats.Fact(c.id, c.channel, c.category, "
                + "c.receivedOn, c.acceptedOn, c.firstReplyAt, c.leadDepartment, c.published, COALESCE(c.publishedTitle, c.title), c.publishedContent)";
        long total;
        List<Fact> facts;
        if (memory.ready()) {
            // R9: the page's numbers from the facts in memory, then those letters only from the database
            CaseFacts.Page ids = memory.replied(LetterType.CODE, from, to, page.firstRow(), page.size());
            total = ids.total();
            Map<Long, Fact> byId = new HashMap<>();
            if (!ids.ids().isEmpty()) {
                em.createQuery(select + " FROM Case c WHERE c.id IN :ids", Fact.class).setParameter("ids", ids.ids())
                        .getResultList().forEach(f -> byId.put(f.id(), f));
            }
            facts = ids.ids().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        } else {
            String where = " FROM Case c WHERE c.type = :type AND c.rejectReason IS NULL AND c.duplicateOf IS NULL"
                    + " AND c.firstReplyAt IS NOT NULL AND c.receivedOn >= :from AND c.receivedOn <= :to";
            total = em.createQuery("SELECT COUNT(c)" + where, Long.class).setParameter("type", LetterType.CODE)
                    .setParameter("from", from).setParameter("to", to).getSingleResult();
            facts = em.createQuery(select + where + " ORDER BY c.receivedOn DESC, c.id DESC", Fact.class)
                    .setParameter("type", LetterType.CODE).setParameter("from", from).setParameter("to", to)
                    .setFirstResult(page.firstRow()).setMaxResults(page.size()).getResultList();
        }
        CaseType letter = types.of(LetterType.CODE);
        Map<String, String> names = new HashMap<>();
        departments.all().forEach(d -> names.put(d.code(), d.name()));
        List<Letter> items = facts.stream().map(f -> new Letter(f.id(),
                letter.policy().channels().getOrDefault(f.channel(), f.channel()),
                letter.policy().categories().getOrDefault(f.category(), f.category()), f.receivedOn(), f.acceptedOn(),
                LocalDate.ofInstant(f.repliedAt(), Clocks.CHINA),
                f.department() == null ? null : names.getOrDefault(f.department(), f.department()),
                f.published() ? org.govinbox.casework.control.Masking.text(f.title()) : null,
                f.published() ? f.reply() : null)).toList();
        return new Page<>(total, page.page(), page.size(), items);
    }
}
