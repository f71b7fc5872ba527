package org.govinbox.accounts.boundary;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code govinbox.audit.seal-seconds}: links the audit events committed since the last round into the hash
 * chain ({@link AuditTrail#seal}), and logs the chain's head once an hour, so that a copy of it lives outside the
 * database (a rewritten chain no longer ends where the log says it did).
 */
@Startup
@Singleton
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final long HEAD_LOG_MILLIS = 3_600_000;

    @Resource
    TimerService timers;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "govinbox.audit.seal-seconds", defaultValue = "5")
    int sealSeconds;

    @Inject
    org.govinbox.platform.boundary.JobLeases leases;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long headLoggedAt;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, sealSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("audit-sealer", false));
    }

    @Timeout
    void sealRound() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // R6 (platform): one instance seals at a time, or two would fork the chain
            if (!leases.hold("audit-sealer", java.time.Duration.ofSeconds(sealSeconds))) {
                return;
            }
            int sealed;
            do {
                sealed = audit.seal(500);
            } while (sealed == 500);
            long now = System.currentTimeMillis();
            if (now - headLoggedAt >= HEAD_LOG_MILLIS) {
                headLoggedAt = now;
                AuditTrail.Head head = audit.head();
                LOG.info(() -> "audit chain head: link " + head.seq() + " " + head.hash());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sealing the audit trail failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
