package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.govinbox.platform.boundary.ChangeLog;
import org.govinbox.platform.boundary.ChangeNotice;

/**
 * R7 (platform) for cases: every {@link CasesChanged} is logged in the change's own transaction, and the other instances' are
 * fired here again (after their commit: there is no transaction around a notice), so that the dashboard's facts and
 * the public statistics of every instance follow a case acted on anywhere.
 */
@ApplicationScoped
public class CasesChangedLog {

    static final String TOPIC = "cases";

    @Inject
    ChangeLog log;

    @Inject
    Event<CasesChanged> changed;

    void logged(@Observes CasesChanged event) {
        if (!event.ids().isEmpty()) {
            log.record(TOPIC, event.type() + ":", event.ids());
        }
    }

    void elsewhere(@Observes ChangeNotice notice) {
        if (!TOPIC.equals(notice.topic()) || notice.payload() == null) {
            return;
        }
        int colon = notice.payload().indexOf(':');
        String type = notice.payload().substring(0, colon);
        changed.fire(new CasesChanged(type, ChangeLog.ids(notice.payload().substring(colon + 1))));
    }
}
