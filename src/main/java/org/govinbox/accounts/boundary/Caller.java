package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.govinbox.accounts.entity.Role;

/**
 * Who is calling in this request: set by the access filter, read by boundaries and the audit trail.
 * Anonymous callers have only a client address.
 */
@RequestScoped
public class Caller {

    private String clientAddress;
    private Long accountId;
    private String username;
    private String departmentCode;
    private EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    private String sessionTokenHash;
    private SignedIn session;

    void signedIn(SignedIn session) {
        this.session = session;
        this.accountId = session.accountId();
        this.username = session.username();
        this.departmentCode = session.department();
        this.roles = session.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(session.roles());
        this.sessionTokenHash = session.tokenHash();
    }

    public void from(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean holdsAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    SignedIn session() {
        return session;
    }

    public boolean mustChangePassword() {
        return session != null && session.mustChangePassword();
    }

    /** T1: an administrator or auditor who has no second factor yet must set one up before anything else. */
    public boolean mustEnrollSecondFactor() {
        return session != null && session.mustEnrollSecondFactor();
    }

    /** For cookie-borne sessions: the token a state-changing request must repeat in its CSRF header. */
    public String csrfToken() {
        return session == null ? null : session.csrfToken();
    }

    String sessionTokenHash() {
        return sessionTokenHash;
    }
}
