package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in staff member. Only the SHA-256 of the bearer token is stored.
 * <p>
 * R3: a session ends after the configured idle time, and in any case after the configured lifetime.
 */
@Entity
@Table(name = "staff_session")
@NamedQuery(name = StaffSession.END_ALL_OF, query = "DELETE FROM StaffSession s WHERE s.account = :account")
@NamedQuery(name = StaffSession.END_ALL_OF_EXCEPT,
        query = "DELETE FROM StaffSession s WHERE s.account = :account AND s.tokenHash <> :keep")
public class StaffSession {

    public static final String END_ALL_OF = "StaffSession.endAllOf";
    public static final String END_ALL_OF_EXCEPT = "StaffSession.endAllOfExcept";

    /** A session's last-seen time is written at most this often, so that reading is not a write each time. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private StaffAccount account;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected StaffSession() {
    }

    public StaffSession(String tokenHash, StaffAccount account, String csrfToken, Instant now) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    /** R3 */
    public boolean expired(Instant now, Duration idleTimeout, Duration maxLifetime) {
        return !now.isBefore(lastSeenAt.plus(idleTimeout)) || !now.isBefore(createdAt.plus(maxLifetime));
    }

    /** Records activity; answers whether anything changed that needs writing. */
    public boolean touch(Instant now) {
        if (now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL))) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public StaffAccount account() {
        return account;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
