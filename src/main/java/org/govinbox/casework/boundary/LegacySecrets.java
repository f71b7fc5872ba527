package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.casework.control.QueryCodes;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.AppSecrets;
import org.govinbox.platform.entity.AppSecret;

/**
 * Q3 for cases stored by releases before it, whose secrets were derived from the code with a key kept in the
 * database: a few seconds after start, in batches (one transaction each), each such case and party gets the slow hash
 * of its secret and its Idempotency-Key is replaced by its hash; then the old key is deleted, so that a backup made
 * from then on opens no letter. Nothing to do on a database without such cases (the key is never made).
 */
@Startup
@Singleton
@DependsOn("Database")
public class LegacySecrets {

    static final String LEGACY_KEY = "query-secret";
    private static final Logger LOG = Logger.getLogger(LegacySecrets.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppSecrets secrets;

    private int converted;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig("legacy-secrets", false));
    }

    @Timeout
    void convertBatch() {
        List<Case> batch = em.createQuery("SELECT c FROM Case c WHERE c.querySecretHash IS NULL ORDER BY c.id", Case.class)
                .setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            AppSecret old = em.find(AppSecret.class, LEGACY_KEY);
            if (old != null) {
                em.remove(old);
                LOG.info(() -> converted + " cases' query secrets converted to slow hashes; the old key is deleted");
            }
            return;
        }
        byte[] key = secrets.key(LEGACY_KEY);
        for (Case c : batch) {
            String idempotency = c.idempotencyKey() == null ? null : Secrets.sha256("idempotency|" + c.idempotencyKey());
            c.protect(QueryCodes.hash(QueryCodes.legacySecretFor(c.queryCode(), key)), idempotency);
            for (CaseParty p : c.parties()) {
                if (p.seq() > 1 && p.secretHash() == null) {
                    p.protect(QueryCodes.hash(QueryCodes.legacySecretFor(c.queryCode() + "#" + p.seq(), key)));
                }
            }
        }
        converted += batch.size();
        timers.createSingleActionTimer(100, new TimerConfig("legacy-secrets", false));
    }
}
