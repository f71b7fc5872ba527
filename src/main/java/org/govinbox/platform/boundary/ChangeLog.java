package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * R7: what one instance changed reaches what the others keep in memory. A component logs each committed change it
 * keeps in memory (in the change's own transaction where it can); every instance's {@link ChangeFeed} reads the log
 * and fires the changes of the other instances as {@link ChangeNotice}s. Changes applied from the log are not
 * logged again. On embedded Derby, which no other instance can open, nothing is logged.
 */
@ApplicationScoped
public class ChangeLog {

    /** Longest payload of one row; longer lists of parts go in several rows. */
    static final int PAYLOAD = 3900;
    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance instance;

    @Inject
    Database database;

    /** Logs a change of {@code topic}: {@code prefix} (may be empty) then the parts, comma-separated. */
    @Transactional
    public void record(String topic, String prefix, List<?> parts) {
        if (APPLYING.get() || !database.shared()) {
            return;
        }
        for (String payload : payloads(prefix, parts)) {
            em.createNativeQuery("INSERT INTO change_log (topic, payload, instance, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, topic).setParameter(2, payload).setParameter(3, instance.id())
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        }
    }

    static List<String> payloads(String prefix, List<?> parts) {
        List<String> payloads = new ArrayList<>();
        StringBuilder row = new StringBuilder(prefix);
        int inRow = 0;
        for (Object part : parts) {
            String text = String.valueOf(part);
            if (inRow > 0 && row.length() + 1 + text.length() > PAYLOAD) {
                payloads.add(row.toString());
                row = new StringBuilder(prefix);
                inRow = 0;
            }
            if (inRow > 0) {
                row.append(',');
            }
            row.append(text);
            inRow++;
        }
        if (inRow > 0 || payloads.isEmpty()) {
            payloads.add(row.toString());
        }
        return payloads;
    }

    /** The ids a payload lists after its prefix, as {@link #record} wrote them (none for an empty text). */
    public static List<Long> ids(String text) {
        return text == null || text.isEmpty() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    /** Whether this thread applies changes from the log now (they are not logged again). */
    public static boolean applying() {
        return APPLYING.get();
    }

    static void applying(boolean on) {
        APPLYING.set(on);
    }
}
