package org.govinbox.dashboard.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.govinbox.platform.boundary.Background;
import org.govinbox.platform.boundary.Database;

/**
 * R9: at start-up the cases' facts are read into memory in the background (after the facts' own upkeep), and after
 * every committed change the changed cases are read again — with this bean's persistence context, which the server
 * gives an enterprise bean whatever the thread (a change may be committed by a background import).
 */
@Startup
@Singleton
@DependsOn({"Database", "CaseFactsUpkeep"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class CaseFactsLoading {

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    Database database;

    @Inject
    CaseFacts facts;

    @Inject
    Background background;

    @PostConstruct
    void start() {
        if (!database.migrated()) {
            return;
        }
        background.run("case facts", () -> facts.load(em));
    }

    public void changed(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                        org.govinbox.casework.boundary.CasesChanged event) {
        facts.changed(em, event.ids());
    }
}
