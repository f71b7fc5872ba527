package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, injected wherever "now" matters so that rules can be tested with a
 * fixed clock. Days are counted in China Standard Time. It ticks in microseconds, the finest time both databases
 * keep (PostgreSQL's timestamps): an instant answered before it was stored is the instant read back afterwards.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.system(CHINA), java.time.Duration.ofNanos(1_000));
    }
}
