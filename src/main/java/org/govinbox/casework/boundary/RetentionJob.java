package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * P3: runs {@link ContactRetention} for every type {@code govinbox.retention.first-run-seconds} after start and then
 * every day, in transactions of 200 cases; the administrator may run it at once ({@code POST /api/retention/run}).
 */
@Startup
@Singleton
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final int BATCH = 200;
    private static final long HOUR_MILLIS = 3_600_000L;

    /** The last run: when it ended and how many cases it erased (null before the first). */
    public record Run(Instant endedAt, int erased) {
    }

    @Resource
    TimerService timers;

    @Inject
    ContactRetention retention;

    @Inject
    CaseTypes types;

    @Inject
    @ConfigProperty(name = "govinbox.retention.first-run-seconds", defaultValue = "300")
    int firstRunSeconds;

    @Inject
    org.govinbox.platform.boundary.JobLeases leases;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Run last;

    @PostConstruct
    void schedule() {
        // R6 (platform): every instance ticks each hour; the one that finds the day's lease run out erases
        timers.createIntervalTimer(Math.max(1, firstRunSeconds) * 1000L, HOUR_MILLIS, new TimerConfig("contact-retention", false));
    }

    @Timeout
    void timed() {
        try {
            if (!leases.due("contact-retention", java.time.Duration.ofHours(23))) {
                return;
            }
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "erasing contact data past their retention period failed; the next run tries again", e);
        }
    }

    /** Erases every due case now; the number erased, or -1 when a run is already under way. */
    public int run() {
        if (!running.compareAndSet(false, true)) {
            return -1;
        }
        try {
            int total = 0;
            for (CaseType type : types.all()) {
                int erased;
                do {
                    erased = retention.eraseDue(type, BATCH);
                    total += erased;
                } while (erased == BATCH);
            }
            last = new Run(Instant.now(), total);
            if (total > 0) {
                int count = total;
                LOG.info(() -> "retention: contact data of " + count + " closed cases erased");
            }
            return total;
        } finally {
            running.set(false);
        }
    }

    public Run last() {
        return last;
    }
}
