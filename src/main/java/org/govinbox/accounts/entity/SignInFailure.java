package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins for one username (kept whether or not such an account exists), or for one client address
 * (the key {@code @address}).
 * <p>
 * R4 (an address): after {@code maxFailures} failures (none older than the lock period apart) the address is
 * locked for the lock period. R4a (a username): after {@code maxFailures} failures in a row each further attempt
 * waits — 2, 4, 8 … seconds, at most the maximum delay — instead of a hard lock, so that nobody can keep an owner out
 * for longer than that delay. A successful sign-in clears the username's count.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailure() {
    }

    public SignInFailure(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    /** R4: how long the username stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(Instant now) {
        if (lockedUntil == null || !now.isBefore(lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, lockedUntil));
    }

    /** R4: counts one more failure; answers whether it locked the username. */
    public boolean fail(Instant now, int maxFailures, Duration lockPeriod) {
        boolean stale = failures > 0 && !now.isBefore(lastFailureAt.plus(lockPeriod));
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        if (stale || lockOver) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockPeriod);
            return true;
        }
        return false;
    }

    /** R4a: counts one more failure; from the {@code freeFailures}-th on, the next attempt must wait. */
    public void failProgressively(Instant now, int freeFailures, Duration maxDelay, Duration window) {
        if (failures > 0 && !now.isBefore(lastFailureAt.plus(window))) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= freeFailures) {
            long seconds = 1L << Math.min(failures - freeFailures + 1, 20);
            lockedUntil = now.plus(Duration.ofSeconds(Math.min(seconds, maxDelay.toSeconds())));
        }
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }
}
