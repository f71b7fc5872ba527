package org.govinbox.platform.boundary;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database rolled it back for a passing reason (a lock timeout or a
 * deadlock, SQL state class 40): the work was undone, so doing it again is safe.
 */
public final class Retry {

    private static final int ATTEMPTS = 3;

    private Retry() {
    }

    public static <T> T onTransientFailure(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** SQL state class 40: transaction rollback (Derby 40XL1 lock timeout, 40001 deadlock; PostgreSQL 40001 …). */
    public static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
