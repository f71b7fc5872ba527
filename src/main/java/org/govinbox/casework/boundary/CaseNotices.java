package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.boundary.Departments.DepartmentView;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.notification.boundary.Outbox;

/** Mail about cases, in the words of each type's own templates (T2), written to the outbox in the case's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseNotices {

    @Inject
    Outbox outbox;

    @Inject
    Departments departments;

    public void toDepartment(CaseType type, String department, String template, Object... arguments) {
        departments.byCode(department).map(DepartmentView::email)
                .ifPresent(email -> outbox.enqueue(email, type.templates(), template, arguments));
    }

    public void toAddress(CaseType type, String email, String template, Object... arguments) {
        outbox.enqueue(email, type.templates(), template, arguments);
    }

    /** To the clock's department, else the lead, else (not yet assigned) the government office. */
    void reminder(CaseType type, Case c, CaseClock clock, String template) {
        String department = clock.department() != null ? clock.department() : c.leadDepartment();
        List<String> to = new java.util.ArrayList<>(department != null
                ? departments.byCode(department).map(DepartmentView::email).stream().toList()
                : departments.officeEmails());
        if (department != null && type.remindOffice()) {
            departments.officeEmails().stream().filter(e -> !to.contains(e)).forEach(to::add);
        }
        to.forEach(email -> outbox.enqueue(email, type.templates(), template, c.title(), c.id(), String.valueOf(clock.dueOn())));
    }
}
