package org.govinbox.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accounts mappings and queries on a real embedded Derby whose schema Flyway made from the migrations. */
class AccountsPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private DerbyDatabase database;
    private EntityManager em;

    @BeforeEach
    void migrateAFreshDatabase() {
        database = new DerbyDatabase();
        em = database.em();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        database.inTransaction(work);
    }

    private Department office() {
        Department office = new Department("ZFB", "区政府办公室", DepartmentKind.OFFICE, T0);
        inTransaction(e -> e.persist(office));
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", "ZFB").getSingleResult();
    }

    @Test
    void anAccountKeepsItsRolesAndDepartment() {
        Department office = office();
        inTransaction(e -> e.persist(new StaffAccount("wang.fang", "王芳", e.merge(office),
                EnumSet.of(Role.DISPATCHER, Role.PUBLISHER), "hash", true, T0)));
        StaffAccount loaded = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", "wang.fang").getSingleResult();
        assertEquals(EnumSet.of(Role.DISPATCHER, Role.PUBLISHER), loaded.roles());
        assertEquals("区政府办公室", loaded.department().name());
        assertTrue(loaded.mustChangePassword());
        assertTrue(loaded.enabled());
    }

    @Test
    void usernamesAndDepartmentCodesAreUnique() {
        office();
        assertThrows(PersistenceException.class, () -> inTransaction(
                e -> e.persist(new Department("ZFB", "另一个", DepartmentKind.BUREAU, T0))));
        inTransaction(e -> e.persist(new StaffAccount("li.ming", "李明", null, List.of(Role.AUDITOR), "h", false, T0)));
        assertThrows(PersistenceException.class, () -> inTransaction(
                e -> e.persist(new StaffAccount("li.ming", "李明二", null, List.of(Role.AUDITOR), "h", false, T0))));
    }

    @Test
    void endingAnAccountsSessionsLeavesOthersAlone() {
        inTransaction(e -> {
            StaffAccount a = new StaffAccount("a.user", "甲", null, List.of(Role.AUDITOR), "h", false, T0);
            StaffAccount b = new StaffAccount("b.user", "乙", null, List.of(Role.AUDITOR), "h", false, T0);
            e.persist(a);
            e.persist(b);
            e.persist(new StaffSession("a1", a, "c", T0));
            e.persist(new StaffSession("a2", a, "c", T0));
            e.persist(new StaffSession("b1", b, "c", T0));
        });
        inTransaction(e -> {
            StaffAccount a = e.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                    .setParameter("username", "a.user").getSingleResult();
            assertEquals(2, e.createNamedQuery(StaffSession.END_ALL_OF).setParameter("account", a).executeUpdate());
        });
        assertEquals(List.of("b1"), em.createQuery("SELECT s.tokenHash FROM StaffSession s", String.class).getResultList());
    }

    @Test
    void auditEventsComeNewestFirstAndPage() {
        inTransaction(e -> {
            for (int i = 0; i < 25; i++) {
                e.persist(new AuditEvent(T0.plusSeconds(i), "admin", "act-" + i, "account", "x",
                        AuditEvent.Result.SUCCESS, "127.0.0.1", null));
            }
        });
        List<String> firstPage = em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                .setFirstResult(0).setMaxResults(10).getResultStream().map(AuditEvent::action).toList();
        assertEquals("act-24", firstPage.get(0));
        assertEquals("act-15", firstPage.get(9));
        List<String> lastPage = em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                .setFirstResult(20).setMaxResults(10).getResultStream().map(AuditEvent::action).toList();
        assertEquals(List.of("act-4", "act-3", "act-2", "act-1", "act-0"), lastPage);
        assertEquals(25L, em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult());
    }

    @Test
    void aSignInFailureRowSurvivesTheRoundTrip() {
        inTransaction(e -> {
            SignInFailure failure = new SignInFailure("nobody", T0);
            for (int i = 0; i < 5; i++) {
                failure.fail(T0, 5, java.time.Duration.ofMinutes(15));
            }
            e.persist(failure);
        });
        SignInFailure loaded = em.find(SignInFailure.class, "nobody");
        assertEquals(java.time.Duration.ofMinutes(15), loaded.lockedFor(T0).orElseThrow());
    }
}
