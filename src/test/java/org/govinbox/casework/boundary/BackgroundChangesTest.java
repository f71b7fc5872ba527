package org.govinbox.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.ClockRef;
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

    @Test
    void remindersAreNotConflictsButPeoplesChangesAre() {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Case c = Case.receive(new Case.Submission("LETTER", "MAYOR", "HELP", "标题", "内容", "张三", "13812348000",
                    null, false), "ABCDEFGHJKMN", null, "digest", NOW);
            em.persist(c);
            em.flush();
            c.startClock(new ClockRef(1L, LocalDate.parse("2026-03-04"), false));
            id[0] = c.id();
        });
        long read = load(id[0]).version();
        db.inTransaction(em -> em.find(Case.class, id[0]).remind(NOW, false));
        db.inTransaction(em -> em.find(Case.class, id[0]).remind(NOW, true));
        assertTrue(Cases.onlySystemChangesSince(load(id[0]), read), "two reminders since the page was read");

        long beforeAccept = load(id[0]).version();
        db.inTransaction(em -> em.find(Case.class, id[0]).accept("office", NOW, new ClockRef(2L, LocalDate.parse("2026-03-16"), false)));
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), read), "someone accepted it since");
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), beforeAccept));
        db.inTransaction(em -> em.find(Case.class, id[0]).assign("office", NOW, LocalDate.parse("2026-03-02"), "JYJ", List.of()));
        long afterAssign = load(id[0]).version();
        assertFalse(Cases.onlySystemChangesSince(load(id[0]), afterAssign + 1), "a version from the future is no match");
    }
}
