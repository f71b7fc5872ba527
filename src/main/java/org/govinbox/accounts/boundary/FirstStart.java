package org.govinbox.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.govinbox.platform.boundary.Database;

/** Runs {@link Setup} once the schema is migrated, at every start (each step does nothing the second time). */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

    @Inject
    Database database;

    @Inject
    Setup setup;

    @PostConstruct
    void run() {
        if (database.migrated()) {
            setup.firstAdministrator();
            setup.demoData();
        }
    }
}
