package org.govinbox.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.casework.boundary.CaseAction;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.entity.DerbyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R1–R3 on a real Derby, with "today" fixed: the one grouped query counts on time, late (a late reply, or none and
 * the due date passed), pending (none and not yet due, or no reply owed yet), leaves rejected cases out, and the
 * first reply's due date is frozen when it goes out.
 */
class CaseStatsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    private DerbyDatabase db;
    private CaseStats stats;

    static final CaseType TYPE = new CaseType() {
        private final CasePolicy policy = new CasePolicy("T", Map.of("MAYOR", "市长信箱"), Map.of("CONSULTATION", "咨询"),
                ClockKind.WORKING_DAYS, 2, Map.of("CONSULTATION", 5), 10, 5, 3, 2, false, List.of("不属于本级职责"));

        @Override public String code() { return "T"; }
        @Override public String name() { return "测试事项"; }
        @Override public String submitterName() { return "群众"; }
        @Override public Workflow workflow() { return TestCases.WORKFLOW; }
        @Override public CasePolicy policy() { return policy; }
        @Override public String templates() { return "none"; }
        @Override public List<CaseAction<?>> actions() { return List.of(); }
    };

    @BeforeEach
    void open() {
        db = new DerbyDatabase();
        stats = new CaseStats();
        stats.em = db.em();
        stats.clock = Clock.fixed(TODAY.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA);
        stats.types = new CaseTypes() {
            @Override public List<CaseType> all() { return List.of(TYPE); }
            @Override public CaseType of(String code) { return TYPE; }
        };
        stats.departments = new Departments() {
            @Override public List<DepartmentView> all() { return List.of(); }
        };
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant();
    }

    /** A case received on 2026-03-02, assigned to {@code lead} with a reply clock due on {@code due}; replied on {@code replied}. */
    private void letter(String code, String lead, String due, String replied) {
        db.inTransaction(em -> {
            Case c = Case.receive(TestCases.WORKFLOW, new Case.Submission("T", "MAYOR", "CONSULTATION", "标题", "内容"),
                    List.of(new CaseParty.Details("WRITER", "张三", null, null, null, false)), code, null, "d", "群众", at("2026-03-02"));
            em.persist(c);
            em.flush();
            if (lead != null) {
                c.assign(LocalDate.parse("2026-03-02"), lead, List.of());
            }
            c.startClock(due == null ? "ACCEPT" : "REPLY", null, TestCases.deadline(em, due == null ? "2026-03-04" : due),
                    LocalDate.parse("2026-03-02"));
            if (replied != null) {
                c.sendReply("REPLY", lead, "handler", at(replied), LocalDate.parse(replied), "答复", null);
            }
            if ("REJECTED".equals(lead)) {
                c.reject("不属于本级职责", at("2026-03-03"));
            }
        });
    }

    private CaseStats.Table table(List<CaseStats.GroupBy> groupBy) {
        return stats.of(new CaseStats.Question("T", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), groupBy, null));
    }

    @Test
    void r2OnTimeLateAndPendingFromTheStoredFacts() {
        letter("C1", "D1", "2026-03-09", "2026-03-09");   // on the due date: on time
        letter("C2", "D1", "2026-03-09", "2026-03-10");   // a day late
        letter("C3", "D1", "2026-03-09", null);           // no reply, due date passed: late (overdue)
        letter("C4", "D2", "2026-04-30", null);           // no reply, not yet due: pending
        letter("C5", null, null, null);                   // waits to be accepted: owes no reply yet, pending
        letter("C6", "REJECTED", "2026-03-09", null);     // rejected: not counted (R1)

        CaseStats.Row total = table(List.of()).total();
        assertEquals(5, total.received());
        assertEquals(2, total.replied());
        assertEquals(1, total.onTime());
        assertEquals(2, total.late());
        assertEquals(2, total.pending());
        assertEquals(1, total.overdue());
        assertEquals(new BigDecimal("0.3333"), total.onTimeRate());
        assertEquals(5, total.open(), "every counted case but none is in a finished state of the test workflow");

        List<CaseStats.Row> rows = table(List.of(CaseStats.GroupBy.DEPARTMENT)).rows();
        assertEquals(List.of("", "D1", "D2"), rows.stream().map(CaseStats.Row::key).toList());
        assertEquals("未交办", rows.get(0).name());
        CaseStats.Row d1 = rows.get(1);
        assertEquals(List.of(3L, 1L, 2L, 0L), List.of(d1.received(), d1.onTime(), d1.late(), d1.pending()));
        CaseStats.Row d2 = rows.get(2);
        assertNull(d2.onTimeRate(), "R3: nothing counts yet, so no rate");
    }

    @Test
    void r2TheFirstRepliesDueDateIsFrozenWhenItGoesOut() {
        letter("C1", "D1", "2026-03-09", "2026-03-10");
        Case c = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "C1").getSingleResult();
        assertEquals(LocalDate.parse("2026-03-09"), c.replyDueOn());
        assertEquals(Boolean.FALSE, c.firstReplyOnTime());
        db.inTransaction(em -> {
            Case again = em.find(Case.class, c.id());
            again.reopen();
            again.startClock("REHANDLE", null, TestCases.deadline(em, "2026-04-30"), LocalDate.parse("2026-03-12"));
            again.sendReply("REHANDLE", "D1", "handler", at("2026-03-13"), LocalDate.parse("2026-03-13"), "再次答复", null);
        });
        Case after = db.em().find(Case.class, c.id());
        assertEquals(LocalDate.parse("2026-03-09"), after.replyDueOn(), "a later round moves nothing of the first reply");
        assertEquals(Boolean.FALSE, after.firstReplyOnTime());
        assertEquals(2, after.round());
        assertEquals(1, table(List.of()).total().late());
        assertEquals(1, table(List.of()).total().rehandled());
    }

    @Test
    void r9TheFactsInMemoryCountWhatTheDatabaseCounts() {
        letter("C1", "D1", "2026-03-09", "2026-03-09");
        letter("C2", "D1", "2026-03-09", "2026-03-10");
        letter("C3", "D1", "2026-03-09", null);
        letter("C4", "D2", "2026-04-30", null);
        letter("C5", null, null, null);
        letter("C6", "REJECTED", "2026-03-09", null);
        CaseFacts facts = new CaseFacts();
        facts.types = stats.types;
        facts.load(db.em());
        List<CaseType> types = List.of(TYPE);
        for (List<CaseStats.GroupBy> groupBy : List.of(List.<CaseStats.GroupBy>of(), List.of(CaseStats.GroupBy.DEPARTMENT),
                List.of(CaseStats.GroupBy.MONTH, CaseStats.GroupBy.CHANNEL), List.of(CaseStats.GroupBy.CATEGORY),
                List.of(CaseStats.GroupBy.TYPE))) {
            for (String department : java.util.Arrays.asList(null, "D1", "NONE")) {
                CaseStats.Question q = new CaseStats.Question("T", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                        groupBy, department);
                Map<String, List<Long>> inDatabase = new java.util.TreeMap<>();
                stats.counted(q, types, TODAY).forEach((k, n) -> inDatabase.put(k, java.util.Arrays.stream(n).boxed().toList()));
                Map<String, List<Long>> inMemory = new java.util.TreeMap<>();
                facts.tally(List.of("T"), q.from(), q.to(), department, groupBy, TODAY)
                        .forEach((k, n) -> inMemory.put(k, java.util.Arrays.stream(n).boxed().toList()));
                assertEquals(inDatabase, inMemory, groupBy + " of " + department);
            }
        }
        // the work queue's counts: due soon (C4, before the horizon), overdue (C3, and C5's acceptance), past the red line
        assertEquals(List.of(1L, 2L, 3L), java.util.Arrays.stream(facts.dueCounts(TODAY,
                Map.of("T", LocalDate.parse("2026-05-01")), LocalDate.parse("2026-03-10"))).boxed().toList());
        assertEquals(List.of(0L, 2L, 0L), java.util.Arrays.stream(facts.dueCounts(TODAY,
                Map.of("T", LocalDate.parse("2026-04-30")), LocalDate.parse("2026-03-01"))).boxed().toList());
        // the public list's page: every replied case counted, the newest first (C2 after C1 on the same day)
        long c1 = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "C1").getSingleResult().id();
        long c2 = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "C2").getSingleResult().id();
        CaseFacts.Page first = facts.replied("T", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), 0, 1);
        assertEquals(2, first.total(), "a page of one still counts every replied case");
        assertEquals(List.of(c2), first.ids());
        assertEquals(List.of(c1), facts.replied("T", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), 1, 1).ids());
        // a change read again after its commit
        db.inTransaction(em -> {
            Case c = em.createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "C4").getSingleResult();
            c.sendReply("REPLY", "D2", "handler", at("2026-03-19"), LocalDate.parse("2026-03-19"), "答复", null);
        });
        long c4 = db.em().createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", "C4").getSingleResult().id();
        facts.changed(db.em(), List.of(c4));
        assertEquals(3L, facts.tally(List.of("T"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), null,
                List.of(), TODAY).get("")[1], "three replied now");
    }

    @Test
    void r3RatesAreSharesWithFourDecimals() {
        assertNull(CaseStats.rate(0, 0));
        assertEquals(new BigDecimal("1.0000"), CaseStats.rate(3, 3));
        assertEquals(new BigDecimal("0.6667"), CaseStats.rate(2, 3));
        assertEquals("66.7%", YearReport.percent(CaseStats.rate(2, 3)));
        assertEquals("100%", YearReport.percent(CaseStats.rate(1, 1)));
        assertEquals("0%", YearReport.percent(CaseStats.rate(0, 4)));
    }
}
