package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.govinbox.platform.boundary.ChangeLog;
import org.govinbox.platform.boundary.ChangeNotice;

/**
 * R7 (platform) for the portal: items published, changed or withdrawn on another instance (logged by
 * {@link Search#changed}) update this instance's search index and drop its public caches, as S2 does for the
 * instance that made the change.
 */
@ApplicationScoped
public class ItemsChangedLog {

    static final String TOPIC = "items";
    static final String JOB = "job:";

    @Inject
    Search search;

    void elsewhere(@Observes ChangeNotice notice) {
        if (!TOPIC.equals(notice.topic())) {
            return;
        }
        String payload = notice.payload() == null ? "" : notice.payload();
        if (payload.startsWith(JOB)) {
            search.changed(new ItemsChanged(List.of(), Long.valueOf(payload.substring(JOB.length()))));
        } else {
            search.changed(new ItemsChanged(ChangeLog.ids(payload), null));
        }
    }
}
