package org.govinbox.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This running server among the instances on one database: a name made at start (host, process and a random part),
 * which holds job leases and signs the changes it logs. A restarted instance is a new one.
 */
@ApplicationScoped
public class Instance {

    private final String id;

    public Instance() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        String process = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        String name = host + "-" + process + "-" + HexFormat.of().formatHex(random);
        id = name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    public String id() {
        return id;
    }
}
