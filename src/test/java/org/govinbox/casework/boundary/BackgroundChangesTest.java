package org.govinbox.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's action on a page read before a reminder was written is not a conflict; one read before another
 * person's change is (If-Match), on real versions from Derby.
 */
class BackgroundChangesTest {

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

    private Case load(long id) {
        return db.em().find(Case.class, id);
    }

    /** As the reminder job writes it: the system, one event, no change of state. */
    private static void remind(Case c) {
        c.record(TestCases.WORKFLOW, c.check(TestCases.WORKFLOW, Workflow.REMIND), null, "system", NOW, null, "即将到期");
    }

    @Test
    void remindersAreNotConflictsButPeoplesChangesAre() {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Case c = Case.receive(TestCases.WORKFLOW, new Case.Submission("T", "MAYOR", "HELP", "标题", "内容"),
                    List.of(new CaseParty.Details("WRITER", "张三", "13812348000", null, null, false)),
                    "ABCDEFGHJKMN", null, "digest", "群众", NOW);
            em.persist(c);
            em.flush();
            c.startClock("ACCEPT", null, TestCases.deadline(em, "2026-03-04"), LocalDate.parse("2026-03-02"));
            id[0] = c.id();
        });
        long read = load(id[0]).version();
        db.inTransaction(em -> remind(em.find(Case.class, id[0])));
        db.inTransaction(em -> remind(em.find(Case.class, id[0])));
        assertTrue(Cases.onlySystemChangesSince(load(id[0]), read), "two reminders since the page was read");

        long beforeAccept = load(id[0]).version();
        db.inTransaction(em -> TestCases.act(TestCases.WORKFLOW, em.find(Case.class, id[0]), "HOLD", null));
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), read), "someone acted on it since");
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), beforeAccept));
        db.inTransaction(em -> TestCases.act(TestCases.WORKFLOW, em.find(Case.class, id[0]), "GO_ON", null));
        long afterAssign = load(id[0]).version();
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), afterAssign + 1), "a version from the future is no match");
    }
}
