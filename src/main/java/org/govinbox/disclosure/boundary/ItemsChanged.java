package org.govinbox.disclosure.boundary;

import java.util.List;

/**
 * Items whose public face changed in a transaction that has committed: the search index is updated and the public
 * caches dropped (rule S2). {@code importJob} names a whole imported file instead of single ids.
 */
public record ItemsChanged(List<Long> ids, Long importJob) {

    public static ItemsChanged of(long id) {
        return new ItemsChanged(List.of(id), null);
    }
}
