package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.govinbox.accounts.entity.Department;
import org.govinbox.accounts.entity.DepartmentKind;
import org.govinbox.platform.boundary.ProblemException;

/**
 * The district's departments. Other components resolve department codes here.
 * <p>
 * R7: a department code is unique and never changes.
 */
@ApplicationScoped
public class Departments {

    public record DepartmentView(String code, String name, DepartmentKind kind, String kindName, String email) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code(), d.name(), d.kind(), d.kind().label(), d.email());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> all() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultStream().map(DepartmentView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentView> byCode(String code) {
        return find(code).map(DepartmentView::of);
    }

    /** R7 */
    @Transactional
    public DepartmentView create(String code, String name, DepartmentKind kind, String email) {
        if (find(code).isPresent()) {
            throw ProblemException.conflict("code", "部门编码 " + code + " 已被使用");
        }
        Department department = new Department(code, name.trim(), kind, blankToNull(email), clock.instant());
        em.persist(department);
        audit.record("department.create", "department", code, name.trim() + "（" + kind.label() + "）");
        return DepartmentView.of(department);
    }

    @Transactional
    public DepartmentView update(String code, String name, DepartmentKind kind, String email) {
        Department department = find(code).orElseThrow(
                () -> ProblemException.notFound("部门 " + code + " 不存在"));
        department.rename(name.trim(), kind, blankToNull(email));
        audit.record("department.update", "department", code, name.trim() + "（" + kind.label() + "）");
        return DepartmentView.of(department);
    }

    /** Where the government office's notifications go: every OFFICE department's address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> officeEmails() {
        return all().stream().filter(d -> d.kind() == DepartmentKind.OFFICE && d.email() != null)
                .map(DepartmentView::email).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Optional<Department> find(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
