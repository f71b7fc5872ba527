package org.govinbox.disclosure.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public read path is read-mostly: answers (already serialised JSON) are kept until anything public changes
 * (rule S2). An answer computed while a change was committing is not kept, so a cleared cache never refills with
 * what was true before the change. Per instance; several instances clear their own on their own changes.
 */
@ApplicationScoped
public class PublicCache {

    @Inject
    @ConfigProperty(name = "govinbox.disclosure.cache-entries", defaultValue = "2000")
    int maxEntries;

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @PostConstruct
    void limits() {
        maxEntries = Math.max(0, maxEntries);
    }

    public String get(String key, Supplier<String> compute) {
        String cached = answers.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        String fresh = compute.get();
        if (generation.get() == before && maxEntries > 0) {
            if (answers.size() >= maxEntries) {
                answers.clear();
            }
            answers.put(key, fresh);
            if (generation.get() != before) {
                answers.remove(key);
            }
        }
        return fresh;
    }

    public void clear() {
        generation.incrementAndGet();
        answers.clear();
    }
}
