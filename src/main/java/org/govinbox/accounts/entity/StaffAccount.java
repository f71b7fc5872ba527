package org.govinbox.accounts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff member's account: who they are, which department they work for and what roles they hold.
 * <p>
 * R1: an account created by an administrator must change its password at first sign-in; until then it
 * may do nothing else. R2: a disabled account cannot sign in and its sessions end. The password is kept
 * only as a slow hash (see {@code PasswordHasher}).
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "SELECT a FROM StaffAccount a ORDER BY a.username")
@NamedQuery(name = StaffAccount.COUNT, query = "SELECT COUNT(a) FROM StaffAccount a")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String ALL = "StaffAccount.all";
    public static final String COUNT = "StaffAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** T1: the shared TOTP secret (Base32) once confirmed; the one being set up until then. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_pending")
    private String totpPending;

    /** T1: the last time step a code was used for (no code twice). */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, Department department, Collection<Role> roles,
                        String passwordHash, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.department = department;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** The holder chose a new password: the forced change (R1) is done. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = at;
    }

    /** An administrator set a password: the holder must choose their own at next sign-in (R1). */
    public void resetPassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = at;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void reassign(String displayName, Department department, Collection<Role> roles) {
        this.displayName = displayName;
        this.department = department;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Department department() {
        return department;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public String totpPending() {
        return totpPending;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    /** T1: a secret offered to the holder's authenticator app, not yet in force. */
    public void offerSecondFactor(String secret) {
        totpPending = secret;
    }

    /** T1: the offered secret confirmed with a code of step {@code step}: in force from now on. */
    public void confirmSecondFactor(long step) {
        totpSecret = totpPending;
        totpPending = null;
        totpLastStep = step;
    }

    /** T1: a code of {@code step} was used. */
    public void usedSecondFactor(long step) {
        totpLastStep = step;
    }

    /** T1: the holder lost the device: set up again at the next sign-in. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpPending = null;
        totpLastStep = null;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
