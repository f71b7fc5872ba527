package org.govinbox.platform.boundary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The settings under which a database acknowledges a commit it has not written to disk: Derby's
 * {@code derby.system.durability=test} (a system property or a line of {@code derby.properties} in Derby's home),
 * PostgreSQL's {@code fsync=off} and {@code synchronous_commit=off}.
 */
public final class Durability {

    private Durability() {
    }

    /** Each unsafe setting as {@code name=value}; empty when every commit is durable. */
    public static List<String> unsafeSettings(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        List<String> unsafe = new ArrayList<>();
        if (product.contains("postgres")) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                String value = show(connection, setting);
                if ("off".equalsIgnoreCase(value)) {
                    unsafe.add(setting + "=" + value);
                }
            }
        } else if (product.contains("derby")) {
            String value = derbyDurability();
            if (value != null && value.trim().equalsIgnoreCase("test")) {
                unsafe.add("derby.system.durability=" + value.trim());
            }
        }
        return unsafe;
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Derby reads the system property first, then {@code derby.properties} in {@code derby.system.home}. */
    static String derbyDurability() {
        String property = System.getProperty("derby.system.durability");
        if (property != null) {
            return property;
        }
        Path file = Path.of(System.getProperty("derby.system.home", System.getProperty("user.dir")), "derby.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            return null;
        }
        return properties.getProperty("derby.system.durability");
    }
}
