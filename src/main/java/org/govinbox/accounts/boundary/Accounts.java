package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govinbox.accounts.control.PasswordHasher;
import org.govinbox.accounts.control.PasswordPolicy;
import org.govinbox.accounts.entity.Department;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.entity.StaffAccount;
import org.govinbox.accounts.entity.StaffSession;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.Problem.FieldError;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Staff accounts as an administrator manages them.
 * <p>
 * R8: usernames are unique, lower case. R9: a dispatcher, handler or publisher belongs to a department.
 * R10: an administrator cannot disable their own account or take away their own ADMIN role, so the system
 * always keeps one administrator who can sign in.
 */
@ApplicationScoped
public class Accounts {

    /** Roles that act for a department and so need one (R9). */
    static final Set<Role> DEPARTMENTAL = EnumSet.of(Role.DISPATCHER, Role.HANDLER, Role.PUBLISHER);

    public record AccountView(String username, String displayName, String department, String departmentName,
                              List<Role> roles, boolean enabled, boolean mustChangePassword, Instant createdAt) {
        static AccountView of(StaffAccount a) {
            Department d = a.department();
            return new AccountView(a.username(), a.displayName(), d == null ? null : d.code(),
                    d == null ? null : d.name(), a.roles().stream().sorted().toList(), a.enabled(),
                    a.mustChangePassword(), a.createdAt());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Departments departments;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountView> list(PageRequest request) {
        long total = em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult();
        List<AccountView> items = em.createNamedQuery(StaffAccount.ALL, StaffAccount.class)
                .setFirstResult(request.firstRow())
                .setMaxResults(request.size())
                .getResultStream().map(AccountView::of).toList();
        return new Page<>(total, request.page(), request.size(), items);
    }

    /** An account's roles and department as the audit trail says them: names, not codes. */
    private static String described(java.util.Collection<Role> roles, Department department) {
        return "角色：" + String.join("、", roles.stream().map(Role::label).toList())
                + (department == null ? "" : "；部门：" + department.name());
    }

    /** The names people read for these accounts (a history's actors); a username without an account is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT a.username, a.displayName FROM StaffAccount a WHERE a.username IN :names", Object[].class)
                .setParameter("names", java.util.Set.copyOf(usernames)).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView one(String username) {
        return AccountView.of(existing(username));
    }

    /** An account made by an administrator: its holder must change the password at first sign-in. */
    @Transactional
    public AccountView create(String username, String displayName, String password, String departmentCode,
                              List<String> roleNames) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (find(name).isPresent()) {
            throw ProblemException.conflict("username", "用户名 " + name + " 已被使用");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(roleNames, errors);
        Department department = department(departmentCode, roles, errors);
        policy.check(name, password).forEach(v -> errors.add(new FieldError("password", v.rule(), v.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下字段：" + fieldsOf(errors), errors);
        }
        StaffAccount account = new StaffAccount(name, displayName.trim(), department, roles, hasher.hash(password),
                true, clock.instant());
        em.persist(account);
        audit.record("account.create", "account", name, described(roles, department));
        return AccountView.of(account);
    }

    @Transactional
    public AccountView update(String username, String displayName, String departmentCode, List<String> roleNames) {
        StaffAccount account = existing(username);
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(roleNames, errors);
        Department department = department(departmentCode, roles, errors);
        if (account.id().equals(caller.accountId()) && !roles.contains(Role.ADMIN)) {
            errors.add(new FieldError("roles", "不能取消自己的系统管理员角色"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下字段：" + fieldsOf(errors), errors);
        }
        account.reassign(displayName.trim(), department, roles);
        audit.record("account.update", "account", account.username(), described(roles, department));
        return AccountView.of(account);
    }

    /** R10; the account's sessions end at once. */
    @Transactional
    public AccountView disable(String username) {
        StaffAccount account = existing(username);
        if (account.id().equals(caller.accountId())) {
            throw ProblemException.conflict("不能停用自己的账号");
        }
        account.disable();
        endSessions(account);
        audit.record("account.disable", "account", account.username(), null);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView enable(String username) {
        StaffAccount account = existing(username);
        account.enable();
        audit.record("account.enable", "account", account.username(), null);
        return AccountView.of(account);
    }

    /** An administrator sets a new password; the holder must change it at next sign-in. */
    @Transactional
    public AccountView resetPassword(String username, String password) {
        StaffAccount account = existing(username);
        List<FieldError> errors = policy.check(account.username(), password).stream()
                .map(v -> new FieldError("password", v.rule(), v.message())).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("密码不符合密码规则", errors);
        }
        account.resetPassword(hasher.hash(password), clock.instant());
        endSessions(account);
        audit.record("account.reset-password", "account", account.username(), null);
        return AccountView.of(account);
    }

    /** T1: a lost device; the holder sets up a new second factor at the next sign-in (an administrator not their own). */
    @Transactional
    public AccountView resetSecondFactor(String username) {
        StaffAccount account = existing(username);
        if (account.username().equals(caller.username())) {
            throw ProblemException.conflict("不能重置自己的动态验证码，请另一位系统管理员操作");
        }
        account.resetSecondFactor();
        em.createNamedQuery(org.govinbox.accounts.entity.RecoveryCode.DELETE_ALL_OF).setParameter("account", account)
                .executeUpdate();
        endSessions(account);
        audit.record("account.reset-second-factor", "account", account.username(), null);
        return AccountView.of(account);
    }

    private void endSessions(StaffAccount account) {
        em.createNamedQuery(StaffSession.END_ALL_OF).setParameter("account", account).executeUpdate();
    }

    private static Set<Role> roles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError("roles", "未知的角色：" + name + "（可选 ADMIN、DISPATCHER、HANDLER、PUBLISHER、AUDITOR）"));
            }
        }
        if (roles.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("roles"))) {
            errors.add(new FieldError("roles", "至少需要一个角色"));
        }
        if (roles.contains(Role.ADMIN) && roles.contains(Role.AUDITOR)) {
            errors.add(new FieldError("roles", "separation", "系统管理员和审计员须由不同的人担任（三员分立），不能在一个账号上"));
        }
        return roles;
    }

    /** R9 */
    private Department department(String code, Set<Role> roles, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            if (roles.stream().anyMatch(DEPARTMENTAL::contains)) {
                errors.add(new FieldError("department", "交办督办员、承办人和公开工作人员必须属于一个部门"));
            }
            return null;
        }
        Optional<Department> department = departments.find(code.trim());
        if (department.isEmpty()) {
            errors.add(new FieldError("department", "部门 " + code + " 不存在"));
        }
        return department.orElse(null);
    }

    private static String fieldsOf(List<FieldError> errors) {
        return String.join("、", errors.stream().map(FieldError::field).distinct().toList());
    }

    private StaffAccount existing(String username) {
        return find(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("账号 " + username + " 不存在"));
    }

    Optional<StaffAccount> find(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
