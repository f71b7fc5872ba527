package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.disclosure.entity.CleanupReview;
import org.govinbox.disclosure.entity.CleanupRound;
import org.govinbox.disclosure.entity.ItemState;

/**
 * The portal's figures of a year, for the dashboard and the year's report: items published (an item withdrawn later
 * was still published that year), per key domain and month; normative documents issued (published with their
 * registration number); the clean-up rounds closed that year with their decisions.
 */
@ApplicationScoped
public class PortalFigures {

    public record Year(int year, long published, long normativeIssued, long cleanedUp, long kept, long amended,
                       long repealed) {
    }

    /** Items of one key domain published in one month (1–12). */
    public record DomainMonth(String domain, String domainName, int month, long published) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Catalogue catalogue;

    @jakarta.inject.Inject
    Departments departments;

    /** Normative documents for the annual report's table 二: issued in the year, repealed in it, in force at its end. */
    public record Normative(long issued, long repealed, long valid) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Normative normative(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        List<ItemState> shown = List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN);
        long issued = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state IN :states AND i.normative = :n "
                        + "AND i.publishedOn >= :from AND i.publishedOn < :to", Long.class)
                .setParameter("states", shown).setParameter("n", Boolean.TRUE)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long repealed = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state IN :states AND i.normative = :n "
                        + "AND i.validity = :repealed AND i.validityChangedOn >= :from AND i.validityChangedOn < :to", Long.class)
                .setParameter("states", shown).setParameter("n", Boolean.TRUE)
                .setParameter("repealed", org.govinbox.disclosure.entity.Validity.REPEALED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long valid = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state = :published AND i.normative = :n "
                        + "AND i.publishedOn < :to AND (i.validity = :valid OR i.validityChangedOn >= :to)", Long.class)
                .setParameter("published", ItemState.PUBLISHED).setParameter("n", Boolean.TRUE)
                .setParameter("valid", org.govinbox.disclosure.entity.Validity.VALID)
                .setParameter("to", to).getSingleResult();
        return new Normative(issued, repealed, valid);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Year of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        long published = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state IN :states "
                        + "AND i.publishedOn >= :from AND i.publishedOn < :to", Long.class)
                .setParameter("states", List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long normative = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state IN :states "
                        + "AND i.normative = :normative AND i.publishedOn >= :from AND i.publishedOn < :to", Long.class)
                .setParameter("states", List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN))
                .setParameter("normative", Boolean.TRUE)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        List<Object[]> decisions = em.createQuery("SELECT v.decision, COUNT(v) FROM CleanupReview v, CleanupRound r "
                        + "WHERE v.roundId = r.id AND r.state = :closed AND r.closedAt >= :from AND r.closedAt < :to "
                        + "GROUP BY v.decision", Object[].class)
                .setParameter("closed", CleanupRound.State.CLOSED)
                .setParameter("from", from.atStartOfDay(org.govinbox.platform.boundary.Clocks.CHINA).toInstant())
                .setParameter("to", to.atStartOfDay(org.govinbox.platform.boundary.Clocks.CHINA).toInstant())
                .getResultList();
        long kept = 0, amended = 0, repealed = 0;
        for (Object[] row : decisions) {
            long n = ((Number) row[1]).longValue();
            if (row[0] == CleanupReview.Decision.KEEP) {
                kept = n;
            } else if (row[0] == CleanupReview.Decision.AMEND) {
                amended = n;
            } else if (row[0] == CleanupReview.Decision.REPEAL) {
                repealed = n;
            }
        }
        return new Year(year, published, normative, kept + amended + repealed, kept, amended, repealed);
    }

    /** D4: per publishing department (only {@code scope}'s when not null), how many items of {@code year} were published within the limit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Disclosures.Timeliness> timeliness(int year, String scope) {
        // grouped by the frozen flag rather than summed over it: Derby cannot compare its BOOLEAN with the 1
        // EclipseLink writes for TRUE inside a CASE
        List<Object[]> rows = em.createQuery("SELECT i.publisher, i.publishedInTime, COUNT(i), SUM(i.publishWorkingDays) "
                        + "FROM DisclosureItem i WHERE i.state IN :states AND i.publishedOn >= :from AND i.publishedOn < :to "
                        + "GROUP BY i.publisher, i.publishedInTime ORDER BY i.publisher", Object[].class)
                .setParameter("states", List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN))
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String department = (String) row[0];
            if (scope != null && !scope.equals(department)) {
                continue;
            }
            long[] c = counts.computeIfAbsent(department, d -> new long[3]);
            long n = ((Number) row[2]).longValue();
            c[0] += n;
            c[1] += Boolean.TRUE.equals(row[1]) ? n : 0;
            c[2] += row[3] == null ? 0 : ((Number) row[3]).longValue();
        }
        List<Disclosures.Timeliness> result = new ArrayList<>();
        counts.forEach((department, c) -> result.add(new Disclosures.Timeliness(department, departments.byCode(department)
                .map(Departments.DepartmentView::name).orElse(department), c[0], c[1], c[0] - c[1],
                c[0] == 0 ? 0 : Math.round(10.0 * c[2] / c[0]) / 10.0)));
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DomainMonth> byDomainAndMonth(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        List<Object[]> rows = em.createQuery("SELECT i.domain, i.publishedOn, COUNT(i) FROM DisclosureItem i "
                        + "WHERE i.state IN :states AND i.publishedOn >= :from AND i.publishedOn < :to "
                        + "GROUP BY i.domain, i.publishedOn", Object[].class)
                .setParameter("states", List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN))
                .setParameter("from", from).setParameter("to", from.plusYears(1)).getResultList();
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], d -> new long[13])[((LocalDate) row[1]).getMonthValue()]
                    += ((Number) row[2]).longValue();
        }
        List<DomainMonth> result = new java.util.ArrayList<>();
        counts.forEach((domain, months) -> {
            for (int m = 1; m <= 12; m++) {
                result.add(new DomainMonth(domain, catalogue.domainName(domain), m, months[m]));
            }
        });
        return result;
    }
}
