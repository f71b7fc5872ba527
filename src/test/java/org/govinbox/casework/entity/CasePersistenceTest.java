package org.govinbox.casework.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.notification.entity.OutboxMessage;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case aggregate, its history, co-handlers and attachments, and the outbox, on a real embedded Derby. */
class CasePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private DerbyDatabase db;

    @BeforeEach
    void open() {
        db = new DerbyDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Case letter(String code, String key) {
        return Case.receive(new Case.Submission("LETTER", "MAYOR", "HELP", "标题", "内容<b>", "张三", "13812348000",
                null, true), code, key, "digest", NOW);
    }

    @Test
    void aCaseWithItsWholeHistoryRoundTrips() {
        db.inTransaction(em -> {
            Case c = letter("ABCDEFGHJKMN", "key-1");
            em.persist(c);
            em.flush();
            c.startClock(new ClockRef(1L, LocalDate.parse("2026-03-04"), false));
            c.accept("office", NOW, new ClockRef(2L, LocalDate.parse("2026-03-16"), false));
            c.assign("office", NOW, LocalDate.parse("2026-03-02"), "JYJ", List.of("ZJJ", "FGJ"));
            c.opinion("co", NOW, "ZJJ", "同意");
        });
        Case loaded = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "ABCDEFGHJKMN").getSingleResult();
        assertEquals(CaseState.ASSIGNED, loaded.state());
        assertEquals(List.of(CaseAction.RECEIVE, CaseAction.ACCEPT, CaseAction.ASSIGN, CaseAction.OPINION),
                loaded.history().stream().map(CaseEvent::action).toList());
        assertEquals(2, loaded.coHandlers().size());
        assertEquals("同意", loaded.coHandlers().stream().filter(h -> h.department().equals("ZJJ")).findFirst().orElseThrow().opinion());
        assertEquals(LocalDate.parse("2026-03-16"), loaded.dueOn());
        assertEquals("内容<b>", loaded.content());
        assertEquals(loaded.id(), db.em().createNamedQuery(Case.BY_IDEMPOTENCY_KEY, Case.class)
                .setParameter("key", "key-1").getSingleResult().id());
    }

    @Test
    void manyCasesWithoutAKeyButNoKeyTwice() {
        db.inTransaction(em -> {
            em.persist(letter("AAAAAAAAAAAA", null));
            em.persist(letter("BBBBBBBBBBBB", null));
            em.persist(letter("CCCCCCCCCCCC", "same"));
        });
        assertThrows(PersistenceException.class, () -> db.inTransaction(em -> em.persist(letter("DDDDDDDDDDDD", "same"))));
        assertThrows(PersistenceException.class, () -> db.inTransaction(em -> em.persist(letter("AAAAAAAAAAAA", null))));
    }

    @Test
    void attachmentsAndOutboxMessagesAreStored() {
        byte[] pdf = "%PDF-1.7 test".getBytes();
        db.inTransaction(em -> {
            em.persist(new CaseAttachment("token-1", "证明.pdf", "application/pdf", pdf, NOW));
            em.persist(new OutboxMessage("a@example.com", "主题", "正文", NOW));
        });
        CaseAttachment a = db.em().createNamedQuery(CaseAttachment.BY_TOKEN, CaseAttachment.class)
                .setParameter("token", "token-1").getSingleResult();
        assertArrayEquals(pdf, a.content());
        assertEquals(1, db.em().createNamedQuery(OutboxMessage.DUE, OutboxMessage.class).setParameter("now", NOW).getResultList().size());
        assertEquals(1L, db.em().createNamedQuery(OutboxMessage.PENDING_COUNT, Long.class).getSingleResult());
    }
}
