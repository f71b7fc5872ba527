package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * R6: every scheduled job runs on one instance at a time across the cluster. Each instance's timer ticks; a tick runs
 * the job only while this instance holds the job's lease, a row in {@code job_lease} taken in the database and renewed
 * at every tick by its holder. When the holder dies its lease runs out and the next instance to tick takes the job
 * over (within the lease's length). A job's work is committed item by item, so a round that died half way is finished
 * by the next holder. Times are the instances' clocks (kept in step by NTP): a lease is much longer than any skew.
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance instance;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "govinbox.jobs.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    /**
     * Takes or renews the lease of {@code job}, which ticks every {@code tick}: true when this instance holds it now (and
     * runs the job), false while another instance's lease is still running. The lease lasts
     * {@code govinbox.jobs.lease-seconds}, and at least three ticks, so that its holder renews it well before it runs
     * out. In a transaction of its own, committed before the job.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String job, Duration tick) {
        Duration length = Duration.ofSeconds(Math.max(leaseSeconds, 3 * Math.max(1, tick.toSeconds())));
        Instant now = Instant.now();
        Timestamp until = Timestamp.from(now.plus(length));
        int taken = em.createNativeQuery("UPDATE job_lease SET holder = ?, expires_at = ? WHERE job = ? AND (holder = ? OR expires_at < ?)")
                .setParameter(1, instance.id()).setParameter(2, until).setParameter(3, job).setParameter(4, instance.id())
                .setParameter(5, Timestamp.from(now)).executeUpdate();
        return taken == 1 || first(job, until);
    }

    /**
     * For a job that runs once a period (a daily job ticking every hour on every instance): takes the lease only when
     * it has run out, whoever held it, so that the job runs once in {@code period} across the cluster.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean due(String job, Duration period) {
        Instant now = Instant.now();
        int taken = em.createNativeQuery("UPDATE job_lease SET holder = ?, expires_at = ? WHERE job = ? AND expires_at < ?")
                .setParameter(1, instance.id()).setParameter(2, Timestamp.from(now.plus(period))).setParameter(3, job)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        return taken == 1 || first(job, Timestamp.from(now.plus(period)));
    }

    /**
     * The job's first tick anywhere (no row yet): one instance's insert wins; the others' fail on the key, their
     * transaction rolls back and the tick is skipped. False when the row exists (another instance holds the lease).
     */
    private boolean first(String job, Timestamp until) {
        if (!em.createNativeQuery("SELECT 1 FROM job_lease WHERE job = ?").setParameter(1, job).getResultList().isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO job_lease (job, holder, expires_at) VALUES (?, ?, ?)")
                .setParameter(1, job).setParameter(2, instance.id()).setParameter(3, until).executeUpdate();
        return true;
    }

    /** A job's lease: who holds it and until when ({@code running}: not run out yet). */
    public record Lease(String job, String holder, Instant expiresAt, boolean running) {
    }

    /** Every job's lease, by job name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Lease> all() {
        Instant now = Instant.now();
        java.util.List<?> rows = em.createNativeQuery("SELECT job, holder, expires_at FROM job_lease ORDER BY job").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            Instant until = ((java.sql.Timestamp) r[2]).toInstant();
            return new Lease(String.valueOf(r[0]), String.valueOf(r[1]), until, !until.isBefore(now));
        }).toList();
    }

    /** The instance holding {@code job}'s lease now, or null (for the operations page and the tests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String holder(String job) {
        java.util.List<?> rows = em.createNativeQuery("SELECT holder FROM job_lease WHERE job = ? AND expires_at >= ?")
                .setParameter(1, job).setParameter(2, Timestamp.from(Instant.now())).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }
}
