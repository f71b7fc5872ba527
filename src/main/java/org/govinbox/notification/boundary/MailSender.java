package org.govinbox.notification.boundary;

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
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.notification.control.Addresses;
import org.govinbox.notification.entity.OutboxMessage;

/**
 * Delivers the outbox with Jakarta Mail every {@code govinbox.mail.poll-seconds}: each message in its own
 * transaction, marked sent only after the SMTP server accepted it, retried with back-off otherwise. Logs
 * message ids and counts, never addresses or contents.
 */
@Startup
@Singleton
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Resource
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "govinbox.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "govinbox.smtp.sender")
    String sender;

    @Inject
    @ConfigProperty(name = "govinbox.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "govinbox.mail.first-retry-seconds", defaultValue = "30")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "govinbox.mail.max-retry-seconds", defaultValue = "900")
    int maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "govinbox.mail.dead-after-refusals", defaultValue = "3")
    int deadAfterRefusals;

    @Inject
    @ConfigProperty(name = "govinbox.mail.give-up-hours", defaultValue = "72")
    int giveUpHours;

    @Inject
    org.govinbox.platform.boundary.JobLeases leases;

    private final AtomicBoolean running = new AtomicBoolean();
    private Session session;

    @PostConstruct
    void schedule() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        // N5: a non-ASCII local part travels as UTF-8 (SMTPUTF8) where the server takes it
        properties.put("mail.mime.allowutf8", "true");
        session = Session.getInstance(properties);
        long interval = Duration.ofSeconds(Math.max(1, pollSeconds)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    @Timeout
    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // R6 (platform): one instance delivers the outbox at a time; the row lock below covers a lease that
            // changed hands while its old holder was still sending
            if (!leases.hold("outbox", Duration.ofSeconds(pollSeconds))) {
                return;
            }
            List<Long> due = inTransaction(() -> em.createNamedQuery(OutboxMessage.DUE, OutboxMessage.class)
                    .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultStream().map(OutboxMessage::id).toList());
            for (Long id : due) {
                deliver(id);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "outbox delivery round failed", e);
        } finally {
            running.set(false);
        }
    }

    private void deliver(Long id) throws Exception {
        transaction.begin();
        try {
            OutboxMessage message = em.find(OutboxMessage.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (message == null || message.sentAt() != null) {
                transaction.commit();
                return;
            }
            try {
                send(message);
                message.sent(clock.instant());
                LOG.fine(() -> "mail " + id + " sent");
            } catch (MessagingException e) {
                int code = replyCode(e);
                boolean permanent = code >= 500 || e instanceof jakarta.mail.internet.AddressException;
                String error = e.getClass().getSimpleName() + (code > 0 ? " " + code : "");
                boolean dead = message.failed(clock.instant(), error, permanent, Duration.ofSeconds(firstRetrySeconds),
                        Duration.ofSeconds(maxRetrySeconds), deadAfterRefusals, Duration.ofHours(giveUpHours));
                if (dead) {
                    LOG.warning(() -> "mail " + id + " given up after " + message.attempts() + " attempts (" + error
                            + "): shown to administrators as undeliverable");
                } else {
                    LOG.info(() -> "mail " + id + " not accepted (attempt " + message.attempts() + "), retry at "
                            + message.nextAttemptAt() + ": " + error);
                }
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /**
     * The SMTP server's reply code behind a failure (the implementation's SMTP exceptions carry it as
     * {@code getReturnCode()}, nested in {@code getNextException()}), or 0 when none answered (an outage).
     */
    static int replyCode(Throwable failure) {
        int code = 0;
        Throwable e = failure;
        for (int depth = 0; e != null && depth < 10; depth++) {
            try {
                Object value = e.getClass().getMethod("getReturnCode").invoke(e);
                if (value instanceof Integer i && i > code) {
                    code = i;
                }
            } catch (ReflectiveOperationException notAnSmtpFailure) {
                // keep looking
            }
            e = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : e.getCause();
        }
        return code;
    }

    private void send(OutboxMessage message) throws MessagingException {
        String messageId = message.messageId();
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // N4: the id the message got when it was queued, the same on every attempt
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(Addresses.ascii(sender)));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(Addresses.ascii(message.recipient())));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        Transport.send(mime);
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
