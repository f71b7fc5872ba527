package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.govinbox.casework.boundary.CaseTypes;

/**
 * R9: the facts the figures count (casework C8), one compact row per case held in memory ({@link FactTable}: a dozen
 * bytes a case, about 20 MB for a million), so that every figures table is a scan of arrays (milliseconds) rather
 * than of a million rows in the database (half a second and more, bench/README.md). Loaded from the database in the
 * background after start (the figures are counted in the database until then); each case is read again after every
 * committed change to it (casework's {@code CasesChanged}, observed by {@link CaseFactsLoading}).
 * <p>
 * Within one instance it is exact. Several instances (the multi-instance issue) must tell each other of changes;
 * until then each sees its own at once and the others' only after a restart.
 */
@ApplicationScoped
public class CaseFacts {

    private static final Logger LOG = Logger.getLogger(CaseFacts.class.getName());
    static final int PAGE = 20_000;
    static final String COLUMNS = "id, case_type, received_on, received_month, lead_department, channel, category, state, "
            + "first_reply_on_time, reply_due_on, accept_on_time, satisfaction, round_no, excluded, due_on";

    @Inject
    CaseTypes types;

    private final FactTable table = new FactTable(this::open);
    private volatile boolean ready;
    private final Set<Long> pending = new HashSet<>();

    /** The numbers of one page of cases and how many there are in all. */
    public record Page(long total, List<Long> ids) {
    }

    public boolean ready() {
        return ready;
    }

    /** Reads every case's facts, a page at a time in the order of their numbers; changes meanwhile are read after. */
    public void load(EntityManager em) {
        long after = 0;
        long started = System.nanoTime();
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM case_item WHERE id > ? ORDER BY id")
                    .setParameter(1, after).setMaxResults(PAGE).getResultList();
            table.putAll(rows);
            if (rows.size() < PAGE) {
                break;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
        List<Long> changed;
        synchronized (pending) {
            changed = new ArrayList<>(pending);
            pending.clear();
            ready = true;
        }
        refresh(em, changed);
        int count = table.rows();
        LOG.info(() -> String.format("the facts of %d cases are in memory for the figures (%.1f s)", count,
                (System.nanoTime() - started) / 1e9));
    }

    /** After the commit of a change ({@link CaseFactsLoading} observes it): the changed cases are read again. */
    public void changed(EntityManager em, List<Long> ids) {
        if (!ready) {
            synchronized (pending) {
                if (!ready) {
                    pending.addAll(ids);
                    return;
                }
            }
        }
        refresh(em, ids);
    }

    void refresh(EntityManager em, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 500) {
            table.putAll(query(em, ids.subList(from, Math.min(ids.size(), from + 500))));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> query(EntityManager em, List<Long> ids) {
        jakarta.persistence.Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM case_item WHERE id IN ("
                + String.join(",", ids.stream().map(i -> "?").toList()) + ")");
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
        return q.getResultList();
    }

    private boolean open(String typeCode, String stateCode) {
        try {
            return types.of(typeCode).workflow().state(stateCode).open();
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    Map<String, long[]> tally(List<String> wantedTypes, LocalDate from, LocalDate to, String departmentCode,
                              List<CaseStats.GroupBy> groupBy, LocalDate today) {
        return table.tally(wantedTypes, from, to, departmentCode, groupBy, today);
    }

    Map<String, Long> byState() {
        return table.byState();
    }

    long[] dueCounts(LocalDate today, Map<String, LocalDate> horizons, LocalDate redLine) {
        return table.dueCounts(today, horizons, redLine);
    }

    Page replied(String typeCode, LocalDate from, LocalDate to, int offset, int size) {
        return table.replied(typeCode, from, to, offset, size);
    }
}
