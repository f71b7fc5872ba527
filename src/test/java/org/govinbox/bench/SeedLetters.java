package org.govinbox.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * bench/letters.sh, part 2: fills an empty data folder's Derby database (the server must not be running on it)
 * with 20 departments and N assigned letters spread over them and over 90 days of due dates, with the product's
 * own migrations. Usage: SeedLetters dataDir count, or SeedLetters jdbc:postgresql://host:port/db count user password
 * (an empty PostgreSQL database).
 */
public final class SeedLetters {

    private SeedLetters() {
    }

    public static void main(String[] args) throws Exception {
        boolean postgresql = args[0].startsWith("jdbc:postgresql:");
        String url = postgresql ? args[0] : "jdbc:derby:" + args[0] + "/derby;create=true";
        int count = Integer.parseInt(args[1]);
        String user = postgresql ? args[2] : null;
        String password = postgresql ? args[3] : null;
        Flyway.configure().dataSource(url, user, password)
                .locations(org.govinbox.platform.boundary.Database.migrations(postgresql ? "postgresql" : "derby")).load().migrate();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement d = db.prepareStatement(
                    "INSERT INTO department (code, name, kind, created_at, version) VALUES (?, ?, 'BUREAU', ?, 0)")) {
                for (int i = 0; i < 20; i++) {
                    d.setString(1, String.format("D%02d", i));
                    d.setString(2, "压测部门" + i);
                    d.setTimestamp(3, now);
                    d.addBatch();
                }
                d.executeBatch();
            }
            // with the day and month of receipt (C8), as the server keeps them: else its start-up fills them in, case by case
            String sql = "INSERT INTO case_item (case_type, state, channel, category, title, content, query_code,"
                    + " received_at, lead_department, assigned_on, due_on, due_provisional, published, version,"
                    + " received_on, received_month)"
                    + " VALUES ('LETTER', 'ASSIGNED', 'MAYOR', 'SUGGESTION', ?, '压测内容', ?, ?, ?, ?, ?, FALSE, FALSE, 0, ?, ?)";
            try (PreparedStatement c = db.prepareStatement(sql)) {
                LocalDate base = LocalDate.now();
                for (int i = 0; i < count; i++) {
                    c.setString(1, "压测来信 " + i);
                    c.setString(2, String.format("B%011d", i));
                    c.setTimestamp(3, now);
                    c.setString(4, String.format("D%02d", random.nextInt(20)));
                    c.setObject(5, java.sql.Date.valueOf(base));
                    c.setObject(6, java.sql.Date.valueOf(base.plusDays(random.nextInt(90) - 30)));
                    LocalDate day = LocalDate.ofInstant(now.toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
                    c.setObject(7, java.sql.Date.valueOf(day));
                    c.setInt(8, day.getYear() * 100 + day.getMonthValue());
                    c.addBatch();
                    if (i % 1000 == 999) {
                        c.executeBatch();
                        db.commit();
                    }
                }
                c.executeBatch();
                db.commit();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO case_party (case_id, seq, party_role, name, phone,"
                    + " consent) SELECT id, 1, 'WRITER', '张三', '13812348000', FALSE FROM case_item")) {
                p.executeUpdate();
                db.commit();
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby always answers a shutdown with an exception
        }
        System.out.println("seeded " + count + " letters over 20 departments into " + args[0]);
    }
}
