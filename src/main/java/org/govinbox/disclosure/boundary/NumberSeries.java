package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.govinbox.platform.boundary.Retry;

/**
 * Gap-tolerant, never-reused number series (rule D1): the index-number serial per agency and year, the
 * registration number of normative documents per year. A number is drawn by incrementing the series' row inside
 * the caller's transaction, so the row stays locked until that transaction ends: two concurrent publishes queue
 * for it, and a rolled-back publish gives its number back (nothing was ever shown with it).
 */
@ApplicationScoped
public class NumberSeries {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Creator creator;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String series, int year) {
        exists(series, year);
        em.createNativeQuery("UPDATE number_series SET last_value = last_value + 1 WHERE series = ? AND series_year = ?")
                .setParameter(1, series).setParameter(2, year).executeUpdate();
        return last(series, year);
    }

    /** Draws {@code count} consecutive numbers at once; answers the first of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextBlock(String series, int year, int count) {
        exists(series, year);
        em.createNativeQuery("UPDATE number_series SET last_value = last_value + ? WHERE series = ? AND series_year = ?")
                .setParameter(1, count).setParameter(2, series).setParameter(3, year).executeUpdate();
        return last(series, year) - count + 1;
    }

    /** Makes sure the series is past {@code value} (numbers brought in by an import are never given again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void atLeast(String series, int year, int value) {
        exists(series, year);
        em.createNativeQuery("UPDATE number_series SET last_value = ? WHERE series = ? AND series_year = ? AND last_value < ?")
                .setParameter(1, value).setParameter(2, series).setParameter(3, year).setParameter(4, value)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int last(String series, int year) {
        Object value = em.createNativeQuery("SELECT last_value FROM number_series WHERE series = ? AND series_year = ?")
                .setParameter(1, series).setParameter(2, year).getResultList().stream().findFirst().orElse(0);
        return ((Number) value).intValue();
    }

    /** Creates the series' row in its own transaction if it is missing; a concurrent creator wins harmlessly. */
    private void exists(String series, int year) {
        if (!em.createNativeQuery("SELECT 1 FROM number_series WHERE series = ? AND series_year = ?")
                .setParameter(1, series).setParameter(2, year).getResultList().isEmpty()) {
            return;
        }
        try {
            creator.create(series, year);
        } catch (RuntimeException e) {
            if (!duplicate(e)) {
                throw e;
            }
        }
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return Retry.isTransient(e);
    }

    /** Creates a series row in a transaction of its own. */
    @ApplicationScoped
    public static class Creator {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String series, int year) {
            em.createNativeQuery("INSERT INTO number_series (series, series_year, last_value) VALUES (?, ?, 0)")
                    .setParameter(1, series).setParameter(2, year).executeUpdate();
        }
    }
}
