package org.govinbox.casework.entity;

import static org.govinbox.casework.entity.TestCases.NOW;
import static org.govinbox.casework.entity.TestCases.TODAY;
import static org.govinbox.casework.entity.TestCases.WORKFLOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.notification.entity.OutboxMessage;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case aggregate with its parties, clocks, replies, history, co-handlers and attachments, and the outbox, on a real embedded Derby. */
class CasePersistenceTest {

    private DerbyDatabase db;

    @BeforeEach
    void open() {
        db = new DerbyDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Case received(String code, String key) {
        return Case.receive(WORKFLOW, new Case.Submission("T", "MAYOR", "HELP", "标题", "内容<b>"),
                List.of(new CaseParty.Details("LEAD_PROPOSER", "张三", "13812348000", null, "第一代表团", true),
                        new CaseParty.Details("CO_SIGNER", "李四", null, "li@example.com", "第二代表团", false)),
                code, key, "digest", "代表", NOW);
    }

    @Test
    void aCaseWithItsPartiesClocksRepliesAndHistoryRoundTrips() {
        db.inTransaction(em -> {
            Case c = received("ABCDEFGHJKMN", "key-1");
            em.persist(c);
            em.flush();
            CaseClock accept = c.startClock("ACCEPT", null, TestCases.deadline(em, "2026-03-04"), TODAY);
            c.meet(accept, NOW, TODAY);
            c.startClock("REPLY", null, TestCases.deadline(em, "2026-06-02"), TODAY);
            c.assign(TODAY, "JYJ", List.of("ZJJ", "FGJ"));
            c.startClock("OPINION", "ZJJ", TestCases.deadline(em, "2026-04-02"), TODAY);
            c.opinion("ZJJ", "同意");
            c.contacted(1, "MEETING", TODAY, "handler", "面商");
            c.sendReply("REPLY", "JYJ", "handler", NOW, TODAY, "答复", "B");
            c.rate(1, CaseParty.Satisfaction.SATISFIED, "好", NOW);
            c.rate(2, CaseParty.Satisfaction.DISSATISFIED, null, NOW);
            TestCases.act(WORKFLOW, c, "HOLD", null);
        });
        Case loaded = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "ABCDEFGHJKMN").getSingleResult();
        assertEquals("HELD", loaded.state());
        assertEquals(List.of(Workflow.RECEIVE, "HOLD"), loaded.history().stream().map(CaseEvent::action).toList());
        assertEquals(List.of("张三", "李四"), loaded.parties().stream().map(CaseParty::name).toList());
        assertEquals("第二代表团", loaded.parties().get(1).affiliation());
        assertEquals(CaseParty.Satisfaction.DISSATISFIED, loaded.parties().get(1).rating().orElseThrow().satisfaction());
        assertEquals("MEETING", loaded.submitter().contacts().get(0).how());
        assertEquals(List.of("ACCEPT", "REPLY", "OPINION"), loaded.clocks().stream().map(CaseClock::purpose).toList());
        assertEquals(List.of(CaseClock.Status.MET, CaseClock.Status.MET, CaseClock.Status.RUNNING),
                loaded.clocks().stream().map(CaseClock::status).toList());
        assertEquals("ZJJ", loaded.clocks().get(2).department());
        assertEquals(Boolean.TRUE, loaded.clocks().get(0).onTime());
        CaseReply reply = loaded.replies().get(0);
        assertEquals(LocalDate.parse("2026-06-02"), reply.dueOn());
        assertEquals("B", reply.replyClass());
        assertEquals(null, loaded.dueOn(), "only a co-handler's clock runs");
        assertEquals(2, loaded.coHandlers().size());
        assertEquals("内容<b>", loaded.content());
        assertEquals(1, db.em().createNamedQuery(CaseClock.BY_DEADLINE, CaseClock.class).setParameter("deadline", loaded.clocks().get(2).deadlineId()).getResultList().size());
        assertEquals(loaded.id(), db.em().createNamedQuery(Case.BY_IDEMPOTENCY_KEY, Case.class)
                .setParameter("key", "key-1").getSingleResult().id());
    }

    @Test
    void manyCasesWithoutAKeyButNoKeyTwice() {
        db.inTransaction(em -> {
            em.persist(received("AAAAAAAAAAAA", null));
            em.persist(received("BBBBBBBBBBBB", null));
            em.persist(received("CCCCCCCCCCCC", "same"));
        });
        assertThrows(PersistenceException.class, () -> db.inTransaction(em -> em.persist(received("DDDDDDDDDDDD", "same"))));
        assertThrows(PersistenceException.class, () -> db.inTransaction(em -> em.persist(received("AAAAAAAAAAAA", null))));
    }

    @Test
    void attachmentsAndOutboxMessagesAreStored() {
        byte[] pdf = "%PDF-1.7 test".getBytes();
        db.inTransaction(em -> {
            em.persist(new CaseAttachment("token-1", "证明.pdf", "application/pdf", pdf, NOW));
            em.persist(new OutboxMessage("a@example.com", "主题", "正文", "<t@example.com>", NOW));
        });
        CaseAttachment a = db.em().createNamedQuery(CaseAttachment.BY_TOKEN, CaseAttachment.class)
                .setParameter("token", "token-1").getSingleResult();
        assertArrayEquals(pdf, a.content());
        assertEquals(1, db.em().createNamedQuery(OutboxMessage.DUE, OutboxMessage.class).setParameter("now", NOW).getResultList().size());
        assertEquals(1L, db.em().createNamedQuery(OutboxMessage.PENDING_COUNT, Long.class).getSingleResult());
    }
}
