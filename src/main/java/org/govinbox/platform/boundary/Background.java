package org.govinbox.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Long jobs (imports, the search index check at start), one after the other on one thread of the
 * server's managed thread factory. Unlike the managed executor, it does not carry the submitting request's
 * context into the job (which the server then failed to unwind after the request had ended).
 */
@ApplicationScoped
public class Background {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(threads);
    }

    public void run(String name, Runnable job) {
        executor.submit(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, name + " failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
