package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Small maps that several instances share: the data grid's (Hazelcast's, the one Payara Micro ships; with
 * {@code --nocluster} it runs too, with this instance as its only member), or a map in memory where there is no grid
 * ({@code --nohazelcast}, or outside a server). Values are JDK types only
 * (strings, numbers): the grid keeps them serialised and needs no class of the application to read them. Only what
 * may be lost with the whole cluster goes here (rate-limit windows, used proofs of work); the records are in the
 * database.
 */
@ApplicationScoped
public class SharedMaps {

    private static final Logger LOG = Logger.getLogger(SharedMaps.class.getName());

    private volatile Object grid;
    private volatile boolean looked;
    /** each map by name, looked up once: the grid's proxy, or a map in memory */
    private final ConcurrentMap<String, ConcurrentMap<String, ?>> maps = new ConcurrentHashMap<>();

    /** The map called {@code name}: the cluster's, or this instance's alone. */
    @SuppressWarnings("unchecked")
    public <V> ConcurrentMap<String, V> map(String name) {
        return (ConcurrentMap<String, V>) maps.computeIfAbsent(name, this::resolve);
    }

    private ConcurrentMap<String, ?> resolve(String name) {
        Object hazelcast = grid();
        if (hazelcast != null) {
            try {
                return (ConcurrentMap<String, ?>) hazelcast.getClass().getMethod("getMap", String.class)
                        .invoke(hazelcast, "govinbox-" + name);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warning(() -> "the data grid's map " + name + " is not available (" + e + "); this instance keeps its own");
            }
        }
        return new ConcurrentHashMap<String, Object>();
    }

    private Object grid() {
        if (!looked) {
            synchronized (this) {
                if (!looked) {
                    try {
                        Object instance = new InitialContext().lookup("payara/Hazelcast");
                        // with --nocluster Payara binds nothing, or an instance that is not running
                        Object running = instance.getClass().getMethod("getLifecycleService").invoke(instance);
                        if (Boolean.TRUE.equals(running.getClass().getMethod("isRunning").invoke(running))) {
                            grid = instance;
                        }
                    } catch (NamingException | ReflectiveOperationException | RuntimeException alone) {
                        grid = null;
                    }
                    looked = true;
                    LOG.info(grid != null ? "shared maps: in the data grid (every member of the cluster counts alike)"
                            : "shared maps: in this instance's memory (no data grid)");
                }
            }
        }
        return grid;
    }
}
