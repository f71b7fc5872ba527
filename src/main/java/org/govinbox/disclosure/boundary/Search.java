package org.govinbox.disclosure.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.disclosure.control.HtmlSafety;
import org.govinbox.disclosure.control.SearchIndex;
import org.govinbox.disclosure.entity.DisclosureItem;
import org.govinbox.disclosure.entity.ItemState;

/**
 * Keeps the search index ({@link SearchIndex}, under the data folder) in step with the database: S1 it holds only
 * published items; S2 every publish, change, withdrawal or repeal updates it after its transaction has committed, and
 * drops the public caches; S3 when the index is missing or does not match the database at start-up, it is
 * rebuilt from the database (searches answer from the part already rebuilt meanwhile).
 */
@ApplicationScoped
public class Search {

    private static final Logger LOG = Logger.getLogger(Search.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicCache cache;

    @Inject
    org.govinbox.platform.boundary.ChangeLog changeLog;

    @Inject
    @ConfigProperty(name = "govinbox.data.dir")
    String dataDir;

    private volatile SearchIndex index;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    SearchIndex index() {
        SearchIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = new SearchIndex(Path.of(dataDir, "search"));
                }
                current = index;
            }
        }
        return current;
    }

    public SearchIndex.Result search(SearchIndex.Search search) {
        return index().search(search);
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    /** S2 for changes made inside another component's transaction: the index follows once it has committed. */
    void committed(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                   ItemsChanged event) {
        changed(event);
    }

    /** S2: called by the boundary once the transaction that changed the items has committed (reads in its own). */
    @Transactional
    public void changed(ItemsChanged event) {
        // R7 (platform): the other instances follow from the change log
        if (event.importJob() != null) {
            changeLog.record(ItemsChangedLog.TOPIC, ItemsChangedLog.JOB, List.of(event.importJob()));
        } else {
            changeLog.record(ItemsChangedLog.TOPIC, "", event.ids());
        }
        cache.clear();
        try {
            if (event.importJob() != null) {
                // a finished import's items are new to the index: added in batches, committed once
                inBatches(" AND i.importJob = :job", event.importJob(), docs -> index().add(docs));
                index().commit();
            } else {
                for (Long id : event.ids()) {
                    DisclosureItem item = em.find(DisclosureItem.class, id);
                    if (item != null && item.state() == ItemState.PUBLISHED) {
                        index().put(List.of(doc(item)));
                    } else {
                        index().remove(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the change itself is committed; a rebuild at the next start repairs the index
            LOG.log(Level.SEVERE, "search index not updated for " + event + "; it is rebuilt at the next start", e);
        }
        cache.clear();
    }

    /** S3: whether the index matches the database (same number of published items). */
    @Transactional
    public boolean matchesDatabase() {
        long published = published();
        if (published == 0 && index == null && !java.nio.file.Files.exists(Path.of(dataDir, "search"))) {
            return true; // nothing to index, and no index to open yet (Lucene loads on first use)
        }
        return index().count() == published && (published == 0 || index().current());
    }

    /** S3: rebuilds the whole index from the database, in batches (one read-only transaction, cleared per batch). */
    @Transactional
    public void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            SearchIndex target = index();
            target.clear();
            long total = published();
            int[] done = {0};
            inBatches("", null, docs -> {
                target.add(docs);
                done[0] += docs.size();
                if (done[0] % 10_000 < BATCH) {
                    target.commit();
                    LOG.info(() -> "search index: " + done[0] + " of " + total + " published items indexed");
                }
            });
            target.commit();
            cache.clear();
            int indexed = done[0];
            LOG.info(() -> "search index rebuilt from the database: " + indexed + " items in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            rebuilding.set(false);
        }
    }

    /** The published items (those of {@code job}, or all) as documents, a batch at a time, in id order. */
    private void inBatches(String condition, Long job, java.util.function.Consumer<List<SearchIndex.Doc>> sink) {
        long lastId = 0;
        while (true) {
            var query = em.createQuery("SELECT i FROM DisclosureItem i WHERE i.state = :state AND i.id > :after"
                    + condition + " ORDER BY i.id", DisclosureItem.class)
                    .setParameter("state", ItemState.PUBLISHED).setParameter("after", lastId);
            if (job != null) {
                query.setParameter("job", job);
            }
            List<DisclosureItem> batch = query.setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            List<SearchIndex.Doc> docs = new ArrayList<>(batch.size());
            for (DisclosureItem item : batch) {
                docs.add(doc(item));
                lastId = item.id();
            }
            sink.accept(docs);
            em.clear();
        }
    }

    private long published() {
        return em.createQuery("SELECT COUNT(i) FROM DisclosureItem i WHERE i.state = :state", Long.class)
                .setParameter("state", ItemState.PUBLISHED).getSingleResult();
    }

    private static SearchIndex.Doc doc(DisclosureItem i) {
        var m = i.metadata();
        return new SearchIndex.Doc(i.id(), m.title(), m.documentNumber(), m.keywords(),
                i.contentOnRequest() ? "" : HtmlSafety.text(m.body()),
                m.publisher(), m.domain(), m.subject(), m.genre(), i.validity().name(), i.publishedOn(),
                java.util.stream.Stream.of(i.indexNumber().orElse(null), i.registrationNumber())
                        .filter(java.util.Objects::nonNull).toList());
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }
}
