package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.govinbox.casework.entity.Case;
import org.govinbox.platform.boundary.Database;

/**
 * C8 at start-up: a case received before its day was kept gets it now, in China time (the database keeps the moment
 * without its zone, so migrations cannot tell the day). Nothing to do after the first start of this version.
 */
@Startup
@Singleton
@DependsOn("Database")
public class CaseFactsUpkeep {

    private static final Logger LOG = Logger.getLogger(CaseFactsUpkeep.class.getName());

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    void fill() {
        if (!database.migrated()) {
            return;
        }
        List<Case> missing = em.createQuery("SELECT c FROM Case c WHERE c.receivedOn IS NULL", Case.class).getResultList();
        missing.forEach(Case::keepReceivedDay);
        if (!missing.isEmpty()) {
            LOG.info(() -> missing.size() + " cases got their day of receipt (China time) for the statistics");
        }
    }
}
