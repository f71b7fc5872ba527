package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.disclosure.control.DisclosureSettings;
import org.govinbox.disclosure.entity.DisclosureItem;
import org.govinbox.platform.entity.ImportJob;
import org.govinbox.disclosure.entity.IndexNumber;
import org.govinbox.disclosure.entity.ItemState;

/**
 * The transactions of a bulk import ({@link Imports}): each batch of rows, the progress, the final publication.
 * They run on a background thread, so each activates a request context of its own (the audit trail reads the caller).
 */
@ApplicationScoped
@ActivateRequestContext
public class ImportBatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    NumberSeries numbers;

    @Inject
    Catalogue catalogue;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    org.govinbox.accounts.boundary.Departments departments;

    @Inject
    Clock clock;

    @Inject
    org.govinbox.platform.boundary.ImportJobs jobs;

    public long newJob(String filename, String actor) {
        return jobs.newJob(Imports.KIND, filename, actor);
    }

    public void progress(long job, ImportJob.State state, int total, int processed) {
        jobs.progress(job, state, total, processed);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long job, ImportJob.State state, int imported, int rejected, String report, String actor) {
        ImportJob j = em.find(ImportJob.class, job);
        if (state == ImportJob.State.DONE) {
            j.progress(state, j.totalRows(), imported);
        }
        j.finish(state, imported, rejected, report, clock.instant());
        if (state != ImportJob.State.DONE) {
            // a finished import was recorded when it was made public (publish)
            audit.record(actor, "DISCLOSURE_IMPORT", "import", String.valueOf(job), AuditEvent.Result.FAILURE,
                    j.filename() + "：" + state.label() + (rejected > 0 ? "，" + rejected + " 行有错误" : ""));
        }
    }

    /** What rows are checked against: the numbers already given, and the departments by code. */
    record Stored(Set<String> indexNumbers, Set<String> registrationNumbers, java.util.Map<String, String> departmentNames) {
    }

    /** Read in a transaction of its own: the import runs on a background thread, outside any request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored stored() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        departments.all().forEach(d -> names.put(d.code(), d.name()));
        return new Stored(indexNumbers(), registrationNumbers(), names);
    }

    @Transactional
    public Set<String> indexNumbers() {
        return new HashSet<>(em.createQuery("SELECT i.indexNumber FROM DisclosureItem i WHERE i.indexNumber IS NOT NULL",
                String.class).getResultList());
    }

    @Transactional
    public Set<String> registrationNumbers() {
        return new HashSet<>(em.createQuery("SELECT i.registrationNumber FROM DisclosureItem i WHERE "
                + "i.registrationNumber IS NOT NULL", String.class).getResultList());
    }

    /** I2: stores a batch of checked rows, hidden under the job; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int store(long job, List<Imports.Row> rows, String actor) {
        DisclosureSettings settings = catalogue.settings();
        Instant now = clock.instant();
        // numbers are drawn a block per series and batch, not one statement per row
        Map<String, Integer> wanted = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        Map<Integer, Integer> normative = new HashMap<>();
        for (Imports.Row row : rows) {
            IndexNumber given = row.indexNumber();
            if (given == null) {
                wanted.merge(settings.agencyCodeOf(row.metadata().publisher()) + "/" + row.publishedOn().getYear(), 1, Integer::sum);
            } else {
                highest.merge(given.agencyCode() + "/" + given.year(), given.serial(), Math::max);
            }
            if (row.metadata().normative() && row.registrationNumber() == null) {
                normative.merge(row.publishedOn().getYear(), 1, Integer::sum);
            }
        }
        highest.forEach((key, serial) -> numbers.atLeast(IndexNumber.series(agency(key)), year(key), serial));
        Map<String, Integer> next = new HashMap<>();
        wanted.forEach((key, count) -> next.put(key, numbers.nextBlock(IndexNumber.series(agency(key)), year(key), count)));
        Map<Integer, Integer> nextRegistration = new HashMap<>();
        normative.forEach((year, count) -> nextRegistration.put(year, numbers.nextBlock(Disclosures.NORMATIVE_SERIES, year, count)));
        for (Imports.Row row : rows) {
            IndexNumber number = row.indexNumber();
            if (number == null) {
                String key = settings.agencyCodeOf(row.metadata().publisher()) + "/" + row.publishedOn().getYear();
                int serial = next.merge(key, 1, Integer::sum) - 1;
                if (serial > IndexNumber.MAX_SERIAL) {
                    throw new IllegalStateException("index numbers of " + key + " used up");
                }
                number = new IndexNumber(agency(key), year(key), serial);
            }
            String registration = row.registrationNumber();
            if (row.metadata().normative() && registration == null) {
                int year = row.publishedOn().getYear();
                registration = settings.registrationNumber(year, nextRegistration.merge(year, 1, Integer::sum) - 1);
            }
            int workingDays = calendars.workingDaysAfter(row.metadata().writtenOn(), row.publishedOn());
            em.persist(DisclosureItem.imported(row.metadata(), number, registration, row.publishedOn(), workingDays,
                    settings.publishWithin(), job, actor, now));
        }
        em.flush();
        em.clear();
        return rows.size();
    }

    private static String agency(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static int year(String key) {
        return Integer.parseInt(key.substring(key.indexOf('/') + 1));
    }

    /** I1: the whole file becomes public at once; the job is done once the search index has it too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publish(long job, int imported, String actor) {
        em.createQuery("UPDATE DisclosureItem i SET i.state = :published WHERE i.importJob = :job AND i.state = :hidden")
                .setParameter("published", ItemState.PUBLISHED).setParameter("job", job)
                .setParameter("hidden", ItemState.IMPORTING).executeUpdate();
        ImportJob j = em.find(ImportJob.class, job);
        j.progress(ImportJob.State.IMPORTING, j.totalRows(), imported);
        audit.record(actor, "DISCLOSURE_IMPORT", "import", String.valueOf(job), AuditEvent.Result.SUCCESS,
                j.filename() + "：导入 " + imported + " 条");
    }

    /** I1: removes what a failed import had stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void undo(long job) {
        em.createNativeQuery("DELETE FROM disclosure_event WHERE item_id IN (SELECT id FROM disclosure_item WHERE "
                + "import_job = ? AND state = 'IMPORTING')").setParameter(1, job).executeUpdate();
        em.createNativeQuery("DELETE FROM disclosure_item WHERE import_job = ? AND state = 'IMPORTING'")
                .setParameter(1, job).executeUpdate();
    }
}
