package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.govinbox.platform.entity.AppSecret;

/**
 * Application keys, made at random on first use and kept in the database (in a transaction of their own, so a
 * rolled-back request cannot lose a key that was already used) so that every instance shares them.
 */
@ApplicationScoped
public class AppSecrets {

    private final ConcurrentHashMap<String, byte[]> cache = new ConcurrentHashMap<>();

    @Inject
    Store store;

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, n -> {
            try {
                return store.loadOrCreate(n);
            } catch (RuntimeException raced) {
                // another instance created it at the same moment: read theirs
                return store.loadOrCreate(n);
            }
        });
    }

    @ApplicationScoped
    public static class Store {

        private static final SecureRandom RANDOM = new SecureRandom();

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public byte[] loadOrCreate(String name) {
            AppSecret secret = em.find(AppSecret.class, name);
            if (secret == null) {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                secret = new AppSecret(name, Base64.getEncoder().encodeToString(key));
                em.persist(secret);
                em.flush();
            }
            return Base64.getDecoder().decode(secret.value());
        }
    }
}
