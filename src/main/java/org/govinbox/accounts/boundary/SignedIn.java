package org.govinbox.accounts.boundary;

import java.util.Set;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.entity.StaffSession;

/** A resumed session, as the access filter and {@link Caller} need it. */
public record SignedIn(Long accountId, String username, String displayName, String department,
                       String departmentName, Set<Role> roles, boolean mustChangePassword, String csrfToken,
                       String tokenHash, boolean mustEnrollSecondFactor) {

    static SignedIn of(StaffSession session, boolean needsSecondFactor) {
        var account = session.account();
        var department = account.department();
        return new SignedIn(account.id(), account.username(), account.displayName(),
                department == null ? null : department.code(), department == null ? null : department.name(),
                account.roles(), account.mustChangePassword(), session.csrfToken(), session.tokenHash(),
                needsSecondFactor && account.totpSecret() == null);
    }
}
