package org.govinbox.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/cluster.sh: the ceiling the letter path is measured against — durable single-row inserts with plain JDBC, each
 * its own commit (auto-commit), from {@code clients} connections for {@code seconds}, into a table of this benchmark's
 * own. Prints the rate. Usage: RawInserts jdbcUrl user password clients seconds (user and password "-" for none).
 */
public final class RawInserts {

    private RawInserts() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = "-".equals(args[1]) ? null : args[1];
        String password = "-".equals(args[2]) ? null : args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try {
                s.execute("DROP TABLE bench_insert");
            } catch (java.sql.SQLException absent) {
                // first run
            }
            s.execute("CREATE TABLE bench_insert (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "title VARCHAR(200) NOT NULL, content VARCHAR(2000) NOT NULL)");
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong inserted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        PreparedStatement insert = c.prepareStatement("INSERT INTO bench_insert (title, content) VALUES (?, ?)")) {
                    c.setAutoCommit(true);
                    while (!stop.get()) {
                        insert.setString(1, "压测来信");
                        insert.setString(2, "清姜路学校门口上下学时段交通拥堵，希望增派交警疏导。");
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_insert");
        }
        System.out.printf("raw durable inserts, %d clients, %d s: %d rows, %.0f/s%n", clients, seconds, inserted.get(),
                inserted.get() / elapsed);
        if (url.startsWith("jdbc:derby:")) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby answers a shutdown with an exception
            }
        }
    }
}
