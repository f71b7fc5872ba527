package org.govinbox.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * bench/dashboard.sh, part 2: fills an empty data folder's Derby database (the server must not be running on it) with
 * 40 departments and N letters received over the three years 2024–2026 (up to the day before today), with the
 * product's own migrations and every fact the figures count: most finished (replied, about 9 in 10 on time, most
 * accepted in time, rated or not, some re-handled), a few still open and a few rejected. Usage: SeedCases dataDir count
 */
public final class SeedCases {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String[] CHANNELS = {"MAYOR", "DISTRICT_HEAD"};
    private static final String[] CATEGORIES = {"CONSULTATION", "SUGGESTION", "HELP", "COMPLAINT", "REPORT"};
    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};

    private SeedCases() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + "/derby;create=true";
        int count = Integer.parseInt(args[1]);
        Flyway.configure().dataSource(url, null, null).locations(org.govinbox.platform.boundary.Database.migrations("derby")).load().migrate();
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2024, 1, 1);
        LocalDate today = LocalDate.now(CHINA);
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            try (PreparedStatement d = db.prepareStatement(
                    "INSERT INTO department (code, name, kind, created_at, version) VALUES (?, ?, 'BUREAU', ?, 0)")) {
                for (int i = 0; i < 40; i++) {
                    d.setString(1, String.format("D%02d", i));
                    d.setString(2, "压测部门" + i);
                    d.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                    d.addBatch();
                }
                d.executeBatch();
            }
            String sql = "INSERT INTO case_item (case_type, state, channel, category, title, content, query_code, received_at,"
                    + " received_on, received_month, lead_department, assigned_on, accepted_on, accept_on_time, due_on,"
                    + " reply_due_on, first_reply_at, first_reply_on_time, satisfaction, round_no, excluded, reject_reason,"
                    + " due_provisional, published, imported, version)"
                    + " VALUES ('LETTER', ?, ?, ?, ?, '压测内容', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, 0)";
            try (PreparedStatement c = db.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    LocalDate received = first.plusDays(random.nextInt(days));
                    LocalDate accepted = received.plusDays(random.nextInt(100) < 95 ? 1 : 4);
                    LocalDate due = received.plusDays(7 + random.nextInt(14));
                    boolean rejected = random.nextInt(100) == 0;
                    boolean open = !rejected && (received.isAfter(today.minusDays(30)) ? random.nextInt(3) == 0 : random.nextInt(500) == 0);
                    boolean replied = !rejected && !open;
                    String rating = replied && random.nextInt(3) > 0 ? RATINGS[random.nextInt(RATINGS.length)] : null;
                    int p = 1;
                    c.setString(p++, rejected ? "REJECTED" : open ? "ASSIGNED" : rating == null ? "REPLIED" : "CLOSED");
                    c.setString(p++, CHANNELS[random.nextInt(100) < 65 ? 0 : 1]);
                    c.setString(p++, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    c.setString(p++, "压测来信 " + i);
                    c.setString(p++, String.format("S%011d", i));
                    c.setTimestamp(p++, Timestamp.from(received.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(CHINA).toInstant()));
                    c.setObject(p++, java.sql.Date.valueOf(received));
                    c.setInt(p++, received.getYear() * 100 + received.getMonthValue());
                    c.setString(p++, rejected ? null : String.format("D%02d", random.nextInt(40)));
                    c.setObject(p++, rejected ? null : java.sql.Date.valueOf(accepted), Types.DATE);
                    c.setObject(p++, rejected ? null : java.sql.Date.valueOf(accepted), Types.DATE);
                    c.setObject(p++, rejected ? null : accepted.isBefore(received.plusDays(3)), Types.BOOLEAN);
                    c.setObject(p++, open ? java.sql.Date.valueOf(due) : null, Types.DATE);
                    c.setObject(p++, rejected ? null : java.sql.Date.valueOf(due), Types.DATE);
                    LocalDate repliedOn = random.nextInt(10) < 9 ? due.minusDays(random.nextInt(6)) : due.plusDays(1 + random.nextInt(5));
                    c.setObject(p++, replied ? Timestamp.from(repliedOn.atTime(15, 0).atZone(CHINA).toInstant()) : null, Types.TIMESTAMP);
                    c.setObject(p++, replied ? !repliedOn.isAfter(due) : null, Types.BOOLEAN);
                    c.setString(p++, rating);
                    c.setInt(p++, "DISSATISFIED".equals(rating) && random.nextBoolean() ? 2 : 1);
                    c.setBoolean(p++, rejected);
                    c.setString(p, rejected ? "内容不属于本级政府职责范围" : null);
                    c.addBatch();
                    if (i % 2000 == 1999) {
                        c.executeBatch();
                        db.commit();
                    }
                }
                c.executeBatch();
                db.commit();
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby always answers a shutdown with an exception
        }
        System.out.printf(java.util.Locale.ROOT, "seeded %d letters over 40 departments and 2024-01-01..%s into %s in %.0f s%n",
                count, today.minusDays(1), args[0], (System.nanoTime() - started) / 1e9);
    }
}
