package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code govinbox.reminders.poll-seconds}: the due-soon and overdue reminders ({@link CaseClocks#remindDue()}),
 * and the removal of attachment uploads that no case claimed.
 */
@Startup
@Singleton
@DependsOn({"Database", "CalendarSeeding"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseReminders {

    private static final Logger LOG = Logger.getLogger(CaseReminders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CaseClocks clocks;

    @Inject
    Attachments attachments;

    @Inject
    @ConfigProperty(name = "govinbox.reminders.poll-seconds", defaultValue = "300")
    int pollSeconds;

    @Inject
    org.govinbox.platform.boundary.JobLeases leases;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("case-reminders", false));
    }

    @Timeout
    void remind() {
        try {
            // R6 (platform): one instance writes the reminders at a time
            if (!leases.hold("case-reminders", java.time.Duration.ofSeconds(pollSeconds))) {
                return;
            }
            int written = clocks.remindDue();
            if (written > 0) {
                LOG.info(() -> written + " due-soon or overdue reminders written");
            }
            int purged = attachments.purgeUnclaimed();
            if (purged > 0) {
                LOG.info(() -> purged + " unclaimed attachment uploads removed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "writing reminders failed; the next round tries again", e);
        }
    }
}
