package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.govinbox.platform.entity.ImportJob;

/** The progress of every bulk import, each step in a transaction of its own so that the page sees it at once. */
@ApplicationScoped
public class ImportJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long newJob(String kind, String filename, String actor) {
        ImportJob job = new ImportJob(kind, filename, actor, clock.instant());
        em.persist(job);
        em.flush();
        return job.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long job, ImportJob.State state, int total, int processed) {
        em.find(ImportJob.class, job).progress(state, total, processed);
    }
}
