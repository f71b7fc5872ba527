package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.control.PasswordHasher;
import org.govinbox.accounts.control.PasswordPolicy;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.accounts.entity.AuditEvent.Result;
import org.govinbox.accounts.entity.Department;
import org.govinbox.accounts.entity.DepartmentKind;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.entity.StaffAccount;

/**
 * What an empty database gets.
 * <p>
 * R11: no default password. With no account at all, {@code admin} is created with
 * {@code govinbox.admin.password} (checked against the password policy), or else with a random password
 * printed once to the log, which must be changed at first sign-in.
 * R12: with {@code govinbox.demo=true} and no departments yet, the demo departments and one account per
 * role are created, their random passwords printed once.
 */
@ApplicationScoped
@ActivateRequestContext
public class Setup {

    static final String FIRST_ADMINISTRATOR = "admin";
    private static final Logger LOG = Logger.getLogger(Setup.class.getName());
    private static final String SYSTEM = "system";

    record DemoDepartment(String code, String name, DepartmentKind kind) {
    }

    record DemoAccount(String username, String displayName, String department, Role role) {
    }

    static final List<DemoDepartment> DEMO_DEPARTMENTS = List.of(
            new DemoDepartment("ZFB", "区政府办公室", DepartmentKind.OFFICE),
            new DemoDepartment("FGJ", "区发改局", DepartmentKind.BUREAU),
            new DemoDepartment("JYJ", "区教育局", DepartmentKind.BUREAU),
            new DemoDepartment("ZJJ", "区住建局", DepartmentKind.BUREAU),
            new DemoDepartment("STHJ", "区生态环境分局", DepartmentKind.BUREAU),
            new DemoDepartment("SGZ", "石鼓镇", DepartmentKind.TOWN),
            new DemoDepartment("QJJD", "清姜街道", DepartmentKind.STREET),
            new DemoDepartment("QNJD", "桥南街道", DepartmentKind.STREET));

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("demo.admin", "演示管理员", "ZFB", Role.ADMIN),
            new DemoAccount("demo.dispatcher", "演示交办员", "ZFB", Role.DISPATCHER),
            new DemoAccount("demo.handler", "演示承办人（区教育局）", "JYJ", Role.HANDLER),
            new DemoAccount("demo.publisher", "演示公开工作人员", "ZFB", Role.PUBLISHER),
            new DemoAccount("demo.auditor", "演示审计员", null, Role.AUDITOR));

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.admin.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "govinbox.demo", defaultValue = "false")
    boolean demo;

    /** R11 */
    @Transactional
    public void firstAdministrator() {
        if (em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        Optional<String> given = configuredPassword.filter(p -> !p.isBlank());
        if (given.isPresent()) {
            List<PasswordPolicy.Violation> violations = policy.check(FIRST_ADMINISTRATOR, given.get());
            if (!violations.isEmpty()) {
                throw new IllegalStateException("GOVINBOX_ADMIN_PASSWORD breaks the password policy: "
                        + violations.stream().map(PasswordPolicy.Violation::rule).toList());
            }
        }
        String password = given.orElseGet(() -> Secrets.password(16));
        StaffAccount admin = new StaffAccount(FIRST_ADMINISTRATOR, "系统管理员", null, Set.of(Role.ADMIN),
                hasher.hash(password), given.isEmpty(), clock.instant());
        em.persist(admin);
        audit.record(SYSTEM, "account.create", "account", FIRST_ADMINISTRATOR, Result.SUCCESS,
                given.isPresent() ? "首个管理员，密码来自 GOVINBOX_ADMIN_PASSWORD" : "首个管理员，随机密码");
        if (given.isEmpty()) {
            LOG.warning(() -> "\n\n    GovInbox: the first administrator is \"" + FIRST_ADMINISTRATOR
                    + "\" with the one-time password  " + password + "\n"
                    + "    It is shown only this once and must be changed at first sign-in.\n");
        } else {
            LOG.info(() -> "GovInbox: the first administrator \"" + FIRST_ADMINISTRATOR
                    + "\" was created with the password from GOVINBOX_ADMIN_PASSWORD");
        }
    }

    /** R12 */
    @Transactional
    public void demoData() {
        if (!demo || !em.createNamedQuery(Department.ALL, Department.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        for (DemoDepartment d : DEMO_DEPARTMENTS) {
            em.persist(new Department(d.code(), d.name(), d.kind(), clock.instant()));
            audit.record(SYSTEM, "department.create", "department", d.code(), Result.SUCCESS, "演示数据：" + d.name());
        }
        em.flush();
        StringBuilder printed = new StringBuilder("\n\n    GovInbox demo accounts (shown only this once):\n");
        for (DemoAccount a : DEMO_ACCOUNTS) {
            if (!em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                    .setParameter("username", a.username()).getResultList().isEmpty()) {
                continue;
            }
            Department department = a.department() == null ? null
                    : em.createNamedQuery(Department.BY_CODE, Department.class)
                    .setParameter("code", a.department()).getSingleResult();
            String password = Secrets.password(14);
            em.persist(new StaffAccount(a.username(), a.displayName(), department, Set.of(a.role()),
                    hasher.hash(password), false, clock.instant()));
            audit.record(SYSTEM, "account.create", "account", a.username(), Result.SUCCESS, "演示数据：" + a.role().label());
            printed.append("      ").append(String.format("%-17s", a.username())).append(password)
                    .append("   ").append(a.role()).append('\n');
        }
        LOG.warning(printed::toString);
    }
}
