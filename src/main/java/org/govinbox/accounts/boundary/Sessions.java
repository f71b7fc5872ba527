package org.govinbox.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govinbox.accounts.control.AccountSettings;
import org.govinbox.accounts.control.PasswordHasher;
import org.govinbox.accounts.control.PasswordPolicy;
import org.govinbox.accounts.control.SecondFactor;
import org.govinbox.accounts.control.Secrets;
import org.govinbox.accounts.entity.AuditEvent.Result;
import org.govinbox.accounts.entity.RecoveryCode;
import org.govinbox.accounts.entity.SignInFailure;
import org.govinbox.accounts.entity.StaffAccount;
import org.govinbox.accounts.entity.StaffSession;
import org.govinbox.platform.boundary.Problem.FieldError;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Signing in and out, resuming a session from its token, and changing one's own password.
 * Refused sign-ins are answered, not thrown, so that the failure count and its audit event commit.
 */
@ApplicationScoped
public class Sessions {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome permits Granted, Refused, Locked, CodeNeeded, WrongCode {
    }

    /** T1: the password was right; the account's second factor is asked for. */
    public record CodeNeeded() implements Outcome {
    }

    /** T1: the password was right, the one-time password or recovery code was not. */
    public record WrongCode() implements Outcome {
    }

    /** T1, T2: a second factor offered for setting up: the secret and the address an authenticator app reads. */
    public record Offer(String secret, String uri) {
    }

    public record Granted(String token, SignedIn session) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    /** Too many failures: from this address ({@code address}) or for this username; try again after the wait. */
    public record Locked(Duration retryAfter, boolean address) implements Outcome {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountSettings settings;

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

    /**
     * R4, R4a: a sign-in. Every failure — a wrong password, an unknown username, a disabled account — gets the same
     * answer ({@link Refused}); too many from one address stop that address for the lock period, too many for one
     * username make its next attempts wait a growing delay (never a lock its owner cannot outwait).
     */
    @Transactional
    public Outcome signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** As {@link #signIn(String, String)}, with the second factor's code (a one-time password or a recovery code). */
    @Transactional
    public Outcome signIn(String username, String password, String code) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        String addressKey = "@" + (caller.clientAddress() == null ? "unknown" : caller.clientAddress());
        SignInFailure byAddress = em.find(SignInFailure.class, addressKey);
        Optional<Duration> addressLocked = byAddress == null ? Optional.empty() : byAddress.lockedFor(now);
        if (addressLocked.isPresent()) {
            audit.record(name, "session.sign-in", "account", name, Result.FAILURE, "本地址登录失败过多，暂停登录");
            return new Locked(addressLocked.get(), true);
        }
        SignInFailure failure = em.find(SignInFailure.class, name);
        Optional<Duration> waiting = failure == null ? Optional.empty() : failure.lockedFor(now);
        if (waiting.isPresent()) {
            audit.record(name, "session.sign-in", "account", name, Result.FAILURE, "登录失败过多，须等待");
            return new Locked(waiting.get(), false);
        }
        StaffAccount account = account(name).orElse(null);
        boolean passwordMatches;
        if (account == null) {
            hasher.verifyNothing(password);
            passwordMatches = false;
        } else {
            passwordMatches = hasher.verify(password, account.passwordHash());
        }
        if (!passwordMatches || !account.enabled()) {
            failedAgain(failure, name, now);
            if (byAddress == null) {
                byAddress = new SignInFailure(addressKey, now);
                em.persist(byAddress);
            }
            boolean addressLockedNow = byAddress.fail(now, settings.addressMaxFailures(), settings.lockPeriod());
            audit.record(name, "session.sign-in", "account", name, Result.FAILURE,
                    (passwordMatches ? "账号已停用" : "用户名或密码错误") + (addressLockedNow ? "，本地址暂停登录" : ""));
            return new Refused();
        }
        if (settings.needsSecondFactor(account.roles()) && account.totpSecret() != null) {
            if (code == null || code.isBlank()) {
                return new CodeNeeded();
            }
            if (!secondFactor(account, code.trim(), now)) {
                failedAgain(failure, name, now);
                audit.record(name, "session.sign-in", "account", name, Result.FAILURE, "动态验证码不正确");
                return new WrongCode();
            }
        }
        if (failure != null) {
            em.remove(failure);
        }
        em.createQuery("DELETE FROM StaffSession s WHERE s.lastSeenAt < :idle OR s.createdAt < :oldest")
                .setParameter("idle", now.minus(settings.idleTimeout()))
                .setParameter("oldest", now.minus(settings.maxLifetime()))
                .executeUpdate();
        String token = Secrets.token();
        StaffSession session = new StaffSession(Secrets.sha256(token), account, Secrets.token(), now);
        em.persist(session);
        audit.record(name, "session.sign-in", "account", name, Result.SUCCESS, null);
        return new Granted(token, SignedIn.of(session, settings.needsSecondFactor(account.roles())));
    }

    /** The session a token belongs to, if it is still valid; makes it the request's {@link Caller}. */
    @Transactional
    public Optional<SignedIn> resume(String token) {
        StaffSession session = em.find(StaffSession.class, Secrets.sha256(token));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!session.account().enabled() || session.expired(now, settings.idleTimeout(), settings.maxLifetime())) {
            em.remove(session);
            return Optional.empty();
        }
        session.touch(now);
        SignedIn signedIn = SignedIn.of(session, settings.needsSecondFactor(session.account().roles()));
        caller.signedIn(signedIn);
        return Optional.of(signedIn);
    }

    @Transactional
    public void signOut() {
        StaffSession session = em.find(StaffSession.class, caller.sessionTokenHash());
        if (session != null) {
            em.remove(session);
        }
        audit.record("session.sign-out", "account", caller.username(), null);
    }

    /** Changes the caller's own password; the caller's other sessions end. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        StaffAccount account = em.find(StaffAccount.class, caller.accountId());
        if (!hasher.verify(currentPassword, account.passwordHash())) {
            throw ProblemException.invalid("currentPassword", "当前密码不正确");
        }
        List<FieldError> errors = policy.check(account.username(), newPassword).stream()
                .map(v -> new FieldError("newPassword", v.rule(), v.message()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        if (newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "changed", "新密码不能与当前密码相同"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("新密码不符合密码规则", errors);
        }
        account.changePassword(hasher.hash(newPassword), clock.instant());
        em.createNamedQuery(StaffSession.END_ALL_OF_EXCEPT)
                .setParameter("account", account)
                .setParameter("keep", caller.sessionTokenHash())
                .executeUpdate();
        audit.record("account.change-password", "account", account.username(), null);
    }

    /** R4a: one more failure for the username (its row made on the first). */
    private void failedAgain(SignInFailure failure, String name, Instant now) {
        SignInFailure row = failure;
        if (row == null) {
            row = new SignInFailure(name, now);
            em.persist(row);
        }
        row.failProgressively(now, settings.maxFailures(), settings.maxDelay(), settings.lockPeriod());
    }

    /** T1, T2: a one-time password of a step not used before, or an unused recovery code (used up now). */
    private boolean secondFactor(StaffAccount account, String code, Instant now) {
        java.util.OptionalLong step = SecondFactor.verify(account.totpSecret(), code, now, account.totpLastStep());
        if (step.isPresent()) {
            account.usedSecondFactor(step.getAsLong());
            return true;
        }
        Optional<RecoveryCode> recovery = em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                .setParameter("account", account).setParameter("hash", SecondFactor.recoveryHash(code))
                .getResultStream().findFirst();
        recovery.ifPresent(r -> {
            r.use(now);
            audit.record(account.username(), "account.recovery-code", "account", account.username(), Result.SUCCESS,
                    "以恢复码代替动态验证码登录");
        });
        return recovery.isPresent();
    }

    /** T1: a new secret for the caller's authenticator app (replacing one offered before, never one in force). */
    @Transactional
    public Offer offerSecondFactor(String issuer) {
        StaffAccount account = em.find(StaffAccount.class, caller.accountId());
        if (account.totpSecret() != null) {
            throw ProblemException.conflict("已设置动态验证码；如需更换，请系统管理员重置");
        }
        String secret = SecondFactor.newSecret();
        account.offerSecondFactor(secret);
        return new Offer(secret, SecondFactor.uri(issuer, account.username(), secret));
    }

    /** T1, T2: the offered secret confirmed with a code from the app; answers the ten recovery codes, shown once. */
    @Transactional
    public List<String> confirmSecondFactor(String code) {
        StaffAccount account = em.find(StaffAccount.class, caller.accountId());
        if (account.totpPending() == null) {
            throw ProblemException.conflict("请先获取密钥，再输入验证码");
        }
        java.util.OptionalLong step = SecondFactor.verify(account.totpPending(), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw ProblemException.invalid("code", "验证码不正确，请核对手机时间后输入应用中显示的 6 位数字");
        }
        account.confirmSecondFactor(step.getAsLong());
        em.createNamedQuery(RecoveryCode.DELETE_ALL_OF).setParameter("account", account).executeUpdate();
        List<String> codes = SecondFactor.recoveryCodes();
        codes.forEach(c -> em.persist(new RecoveryCode(account, SecondFactor.recoveryHash(c))));
        audit.record("account.second-factor", "account", account.username(), "设置动态验证码，生成 10 个恢复码");
        return codes;
    }

    private Optional<StaffAccount> account(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
