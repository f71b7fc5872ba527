package org.govinbox.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govinbox.calendar.control.HolidayCnFormat;
import org.govinbox.platform.boundary.Database;

/**
 * At start-up: imports each year shipped in {@code config/calendar/} (packed as {@code calendar/YYYY.json})
 * that the database does not have yet, then loads the calendar into memory.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarSeeding {

    private static final Logger LOG = Logger.getLogger(CalendarSeeding.class.getName());
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    Database database;

    @Inject
    Calendars calendars;

    @Inject
    RequestContextController requestContext;

    @PostConstruct
    void seed() {
        if (!database.migrated()) {
            return;
        }
        requestContext.activate();
        try {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                String json = shipped(year);
                if (json != null && !calendars.has(year)) {
                    try {
                        Calendars.Imported imported = calendars.importYear(year, json, "system");
                        LOG.info(() -> "working-day calendar " + imported.year() + " seeded from config/calendar: "
                                + imported.holidays() + " holidays, " + imported.makeupDays() + " make-up working days");
                    } catch (HolidayCnFormat.Invalid e) {
                        LOG.log(Level.SEVERE, "config/calendar/{0}.json is not valid and was not imported: {1}",
                                new Object[] {year, e.problems()});
                    }
                }
            }
            calendars.reload();
        } finally {
            requestContext.deactivate();
        }
    }

    private static String shipped(int year) {
        try (InputStream in = CalendarSeeding.class.getClassLoader().getResourceAsStream("calendar/" + year + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
