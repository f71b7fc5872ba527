package org.govinbox.platform.boundary;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when it was undone for a passing reason, so that doing it again is safe: the
 * database rolled it back (a lock timeout or a deadlock, SQL state class 40), or — only where the caller asked for
 * no particular version — another transaction changed the same row first (an optimistic lock conflict), and the
 * fresh row decides again; or — for a submission under an idempotency key — another transaction stored the same
 * unique key first (SQL state 23505), and the attempt again finds that submission and answers its receipt.
 */
public final class Retry {

    private static final int ATTEMPTS = 3;

    private Retry() {
    }

    public static <T> T onTransientFailure(Supplier<T> transaction) {
        return run(transaction, false, false);
    }

    public static <T> T onConflictOrTransientFailure(Supplier<T> transaction) {
        return run(transaction, true, false);
    }

    /** For an idempotent submission: a concurrent twin that committed first makes this attempt a replay. */
    public static <T> T onDuplicateOrTransientFailure(Supplier<T> transaction) {
        return run(transaction, false, true);
    }

    private static <T> T run(Supplier<T> transaction, boolean onConflict, boolean onDuplicate) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !(isTransient(e) || onConflict && isConflict(e) || onDuplicate && isDuplicate(e))) {
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

    /** Another transaction changed the row first (JPA's or EclipseLink's OptimisticLockException). */
    static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** A unique key was taken (SQL state 23505, Derby and PostgreSQL alike). */
    static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
