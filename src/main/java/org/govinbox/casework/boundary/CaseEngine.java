package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.boundary.Departments.DepartmentView;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.casework.entity.Case;
import org.govinbox.platform.boundary.ProblemException;

/** The engine's services that an action reaches through its {@link CaseContext}. */
@ApplicationScoped
public class CaseEngine {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseNotices notices;

    @Inject
    Departments departments;

    @Inject
    Calendars calendars;

    // accessors, not fields: the engine is reached through its CDI proxy
    CaseClocks clocks() {
        return clocks;
    }

    CaseNotices notices() {
        return notices;
    }

    String existingDepartment(String field, String code) {
        return departments.byCode(code).map(DepartmentView::code)
                .orElseThrow(() -> ProblemException.invalid(field, "部门 " + code + " 不存在"));
    }

    /** The name a person reads for a department (its code when it has none any more). */
    String departmentName(String code) {
        return departments.byCode(code).map(DepartmentView::name).orElse(code);
    }

    Case sameType(Case subject, String field, long id) {
        Case other = em.find(Case.class, id);
        if (other == null || !other.type().equals(subject.type())) {
            throw ProblemException.invalid(field, "第 " + id + " 号事项不存在");
        }
        return other;
    }

    /** Working days after {@code day}, up to and including {@code today}. */
    int workingDaysSince(LocalDate day, LocalDate today) {
        return calendars.workingDaysAfter(day, today);
    }
}
