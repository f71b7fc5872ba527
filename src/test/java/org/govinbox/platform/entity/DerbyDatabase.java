package org.govinbox.platform.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory embedded Derby, migrated by Flyway from the product's own migrations, with the entities
 * mapped by EclipseLink outside the server (persistence unit {@code govinbox-test}).
 */
public final class DerbyDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EntityManagerFactory factory;
    private final EntityManager em;

    public DerbyDatabase() {
        String url = "jdbc:derby:memory:govinbox" + DATABASES.incrementAndGet() + ";create=true";
        Flyway.configure().dataSource(url, null, null).locations(org.govinbox.platform.boundary.Database.migrations("derby")).load().migrate();
        factory = Persistence.createEntityManagerFactory("govinbox-test", Map.of("jakarta.persistence.jdbc.url", url));
        em = factory.createEntityManager();
    }

    public EntityManager em() {
        return em;
    }

    /** Runs {@code work} in one committed transaction, then clears the context so later reads hit the database. */
    public void inTransaction(Consumer<EntityManager> work) {
        em.getTransaction().begin();
        try {
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
