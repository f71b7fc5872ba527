package org.govinbox.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.platform.boundary.Clocks;
import org.govinbox.platform.boundary.ProblemException;

/**
 * B1: an online, consistent backup of the embedded Derby database while the server keeps serving — Derby's
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the database as of one moment (transactions committed before it
 * are in, later ones are not) into {@code <backups>/<yyyyMMdd-HHmmss>/derby}. Everything the server keeps is in the
 * database (letters, uploads, the audit trail, the keys) except the search index, which is rebuilt from it. One
 * backup at a time.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** A backup on disk: its folder name, where it is, its size, and when it was made. */
    public record Backup(String name, String path, long bytes, Instant madeAt, Long tookMillis) {
    }

    @Resource(lookup = "java:app/jdbc/govinbox")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "govinbox.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "govinbox.backup.dir")
    java.util.Optional<String> backupDir;

    @Inject
    Recorder recorder;

    @Inject
    Clock clock;

    private final ReentrantLock running = new ReentrantLock();

    Path folder() {
        return backupDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir, "backups")).toAbsolutePath();
    }

    /**
     * B1: makes a backup now (outside any transaction: Derby backs up what is committed); 409 while another runs or
     * on a database that is not Derby. The audit event follows in a transaction of its own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Backup make() {
        if (!running.tryLock()) {
            throw ProblemException.conflict("另一次备份正在进行，请稍后再试");
        }
        try {
            Instant started = clock.instant();
            String name = LocalDateTime.ofInstant(started, Clocks.CHINA).format(NAME);
            Path target = folder().resolve(name);
            if (Files.exists(target)) {
                throw ProblemException.conflict("同一秒内已有一份备份（" + name + "），请稍后再试");
            }
            Files.createDirectories(target);
            try (Connection connection = dataSource.getConnection()) {
                if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby")) {
                    throw ProblemException.conflict("在线备份只用于内置的 Derby 数据库；PostgreSQL 请用 pg_basebackup 或 pg_dump");
                }
                try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    backup.setString(1, target.toString());
                    backup.execute();
                }
            }
            long took = java.time.Duration.between(started, clock.instant()).toMillis();
            Backup made = new Backup(name, target.toString(), size(target), started, took);
            recorder.made(made);
            LOG.info(() -> "backup " + name + " written to " + target + " (" + made.bytes() + " bytes, " + took + " ms)");
            return made;
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.unlock();
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isDirectory(p.resolve("derby")))
                    .sorted(java.util.Comparator.comparing(Path::getFileName).reversed())
                    .map(p -> {
                        try {
                            return new Backup(p.getFileName().toString(), p.toString(), size(p),
                                    Files.getLastModifiedTime(p.resolve("derby")).toInstant(), null);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The audit event of a backup, in its own transaction. */
    @ApplicationScoped
    public static class Recorder {

        @Inject
        AuditTrail audit;

        @Transactional
        public void made(Backup made) {
            audit.record("system.backup", "backup", made.name(), made.bytes() + " 字节，用时 " + made.tookMillis() + " 毫秒");
        }
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
