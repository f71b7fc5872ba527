package org.govinbox.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R7: reads the change log every {@code govinbox.cluster.change-poll-millis} and fires the other instances' changes
 * on this one, so that a change on any instance shows here within about that interval. Rows are read in the order of
 * their ids; an id skipped because its transaction had not committed yet is looked for again for a minute (identity
 * values are taken before commit, so a later id can commit first). Rows older than an hour are deleted by the
 * instance holding the clean-up lease. What happened before this instance started is in what it loaded at start.
 */
@Startup
@Singleton
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final int BATCH = 500;
    private static final Duration GAP_LIFE = Duration.ofMinutes(1);
    private static final Duration KEPT = Duration.ofHours(1);
    /** A hole wider than this is an identity range the database skipped (a restart), not transactions in flight. */
    private static final long WIDEST_GAP = 2_000;

    @Resource(lookup = "java:app/jdbc/govinbox")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Database database;

    @Inject
    Instance instance;

    @Inject
    JobLeases leases;

    @Inject
    Event<ChangeNotice> notices;

    @Inject
    @ConfigProperty(name = "govinbox.cluster.change-poll-millis", defaultValue = "1000")
    long pollMillis;

    private final AtomicBoolean running = new AtomicBoolean();
    /** ids below the high-water mark not seen yet, with when they were first missed */
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private long highWater = -1;
    private volatile long applied;
    private volatile Instant lastCleanUp = Instant.EPOCH;

    @PostConstruct
    void schedule() {
        if (!database.migrated() || !database.shared()) {
            return;
        }
        long interval = Math.max(100, pollMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig("change-feed", false));
    }

    @Timeout
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (highWater < 0) {
                highWater = newest();
                return;
            }
            // a busy cluster logs more than a batch a poll: read on until caught up (a bounded number of batches)
            for (int batch = 0; batch < 20; batch++) {
                List<Row> rows = read();
                for (Row row : rows) {
                    if (!row.instance().equals(instance.id())) {
                        apply(row);
                    }
                }
                if (rows.size() < BATCH) {
                    break;
                }
            }
            cleanUp();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "reading the change log failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Changes of other instances applied here since start (for the operations page and the tests). */
    public long applied() {
        return applied;
    }

    private void apply(Row row) {
        ChangeLog.applying(true);
        try {
            notices.fire(new ChangeNotice(row.topic(), row.payload()));
            applied++;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "change " + row.id() + " (" + row.topic() + ") from another instance not applied", e);
        } finally {
            ChangeLog.applying(false);
        }
    }

    private record Row(long id, String topic, String payload, String instance) {
    }

    private List<Row> read() throws SQLException {
        List<Row> rows = new ArrayList<>();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            if (!gaps.isEmpty()) {
                gaps.values().removeIf(missed -> missed.plus(GAP_LIFE).isBefore(now));
                List<Long> wanted = gaps.keySet().stream().limit(BATCH).toList();
                if (!wanted.isEmpty()) {
                    String in = String.join(",", wanted.stream().map(String::valueOf).toList());
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT id, topic, payload, instance FROM change_log WHERE id IN (" + in + ")");
                            ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            Row row = row(r);
                            gaps.remove(row.id());
                            rows.add(row);
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, topic, payload, instance FROM change_log WHERE id > ? ORDER BY id")) {
                s.setLong(1, highWater);
                s.setMaxRows(BATCH);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Row row = row(r);
                        if (row.id() - highWater > 1 && row.id() - highWater <= WIDEST_GAP) {
                            for (long missing = highWater + 1; missing < row.id(); missing++) {
                                gaps.put(missing, now);
                            }
                        }
                        highWater = row.id();
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4));
    }

    private long newest() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM change_log");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void cleanUp() throws SQLException {
        Instant now = Instant.now();
        if (lastCleanUp.plus(Duration.ofMinutes(1)).isAfter(now)) {
            return;
        }
        lastCleanUp = now;
        if (!leases.hold("change-log-clean-up", Duration.ofMinutes(2))) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM change_log WHERE created_at < ?")) {
            s.setTimestamp(1, Timestamp.from(now.minus(KEPT)));
            s.executeUpdate();
        }
    }
}
