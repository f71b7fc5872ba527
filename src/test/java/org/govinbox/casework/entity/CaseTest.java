package org.govinbox.casework.entity;

import static org.govinbox.casework.entity.TestCases.NOW;
import static org.govinbox.casework.entity.TestCases.TODAY;
import static org.govinbox.casework.entity.TestCases.WORKFLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.govinbox.platform.entity.Refused;
import org.junit.jupiter.api.Test;

/** C3–C9 of {@link Case} and K1–K3 of {@link CaseClock}: parties, clocks and replies, whatever the type. */
class CaseTest {

    private static final LocalDate DUE = LocalDate.parse("2026-03-09");

    private static ClockRef clock(long id, String due) {
        return new ClockRef(id, LocalDate.parse(due), false);
    }

    private static Case assigned() {
        Case c = TestCases.received(WORKFLOW, 7, true);
        c.startClock("REPLY", null, clock(1, "2026-03-09"), TODAY);
        c.assign(TODAY, "JYJ", List.of("ZJJ"));
        return c;
    }

    @Test
    void c4AReplyFreezesWhetherItWasOnTime() {
        Case late = assigned();
        CaseReply reply = late.sendReply("REPLY", "JYJ", "h", NOW, LocalDate.parse("2026-03-10"), "迟到的答复", null);
        assertFalse(reply.onTime(), "due 03-09, replied 03-10");
        assertEquals(DUE, reply.dueOn());
        assertEquals(CaseClock.Status.MET, late.clocks().get(0).status());
        assertEquals(Boolean.FALSE, late.clocks().get(0).onTime());
        assertEquals(null, late.dueOn(), "no clock of the case's own runs");

        Case onTime = assigned();
        assertTrue(onTime.sendReply("REPLY", "JYJ", "h", NOW, DUE, "答复", "A").onTime());
        assertEquals("A", onTime.replies().get(0).replyClass());
    }

    @Test
    void c4c5AnotherRoundKeepsTheFirstReplyAndRating() {
        Case c = assigned();
        c.sendReply("REPLY", "JYJ", "h", NOW, DUE, "第一次答复", null);
        c.rate(1, CaseParty.Satisfaction.DISSATISFIED, "没有解决", NOW);
        assertEquals(2, c.reopen());
        c.startClock("REHANDLE", null, clock(2, "2026-03-16"), DUE);
        assertEquals(LocalDate.parse("2026-03-16"), c.dueOn());
        c.sendReply("REHANDLE", "JYJ", "h", NOW, LocalDate.parse("2026-03-17"), "第二次答复", null);
        c.rate(1, CaseParty.Satisfaction.SATISFIED, null, NOW);
        assertEquals(List.of(1, 2), c.replies().stream().map(CaseReply::round).toList());
        assertEquals(List.of(true, false), c.replies().stream().map(CaseReply::onTime).toList());
        assertEquals("第一次答复", c.replies().get(0).text());
        CaseParty writer = c.submitter();
        assertEquals(CaseParty.Satisfaction.DISSATISFIED, writer.ratingOf(1).orElseThrow().satisfaction(), "first-time rating kept");
        assertEquals(CaseParty.Satisfaction.SATISFIED, writer.rating().orElseThrow().satisfaction());
    }

    @Test
    void k1TheAcceptanceClockKeepsItsTimeliness() {
        Case c = TestCases.received(WORKFLOW, 7, true);
        CaseClock accept = c.startClock("ACCEPT", null, clock(1, "2026-03-04"), TODAY);
        c.meet(accept, NOW, LocalDate.parse("2026-03-05"));
        assertEquals(Boolean.FALSE, accept.onTime());
        assertThrows(Refused.class, () -> c.meet(accept, NOW, LocalDate.parse("2026-03-03")), "K2: met once");
        assertEquals(Boolean.FALSE, accept.onTime());
    }

    @Test
    void severalPartiesEachWithTheirOwnRatingAndContacts() {
        Case c = TestCases.received(WORKFLOW, 7, true, new CaseParty.Details("CO_SIGNER", "李四", null, null, "第二代表团", false));
        c.rate(2, CaseParty.Satisfaction.BASICALLY_SATISFIED, null, NOW);
        c.contacted(2, "PHONE", TODAY, "h", "电话沟通办理思路");
        assertTrue(c.submitter().rating().isEmpty());
        assertEquals(CaseParty.Satisfaction.BASICALLY_SATISFIED, c.parties().get(1).rating().orElseThrow().satisfaction());
        assertEquals("PHONE", c.parties().get(1).contacts().get(0).how());
        assertThrows(Refused.class, () -> c.rate(3, CaseParty.Satisfaction.SATISFIED, null, NOW));
    }

    @Test
    void c6OnlyWithTheFirstPartysConsent() {
        Case c = TestCases.received(WORKFLOW, 8, false);
        assertThrows(Refused.class, () -> c.publish("x"));
        assertFalse(c.published());
        Case consented = TestCases.received(WORKFLOW, 9, true);
        consented.publish("公开内容");
        assertTrue(consented.published());
    }

    @Test
    void c7NoExtensionAfterTheDueDateAndOnlyOneWaits() {
        Case c = assigned();
        Refused late = assertThrows(Refused.class, () -> c.requestExtension(5, "调查", DUE.plusDays(1)));
        assertTrue(late.getMessage().contains(DUE.toString()), late.getMessage());
        c.requestExtension(5, "调查", DUE);
        assertThrows(Refused.class, () -> c.requestExtension(3, "再延", DUE));
        assertEquals(5, c.decideExtension());
        assertThrows(Refused.class, c::decideExtension, "nothing waits any more");
    }

    @Test
    void onlyACoHandlerGivesAnOpinion() {
        Case c = assigned();
        assertThrows(Refused.class, () -> c.opinion("FGJ", "意见"));
        c.opinion("ZJJ", "同意主办意见");
        assertEquals("同意主办意见", c.coHandlers().get(0).opinion());
        assertThrows(Refused.class, () -> c.assign(TODAY, "JYJ", List.of("JYJ")), "the lead is no co-handler");
    }

    @Test
    void k3RemindersOncePerDueDateAndOverdueDerived() {
        Case c = assigned();
        CaseClock reply = c.clocks().get(0);
        reply.reminded(false);
        assertTrue(reply.dueSoonReminded());
        assertFalse(reply.overdueReminded());
        reply.reminded(true);
        assertTrue(reply.overdueReminded());
        c.moved(reply, clock(1, "2026-03-16"));
        assertFalse(reply.dueSoonReminded(), "a new due date earns new reminders");
        assertFalse(c.overdue(LocalDate.parse("2026-03-16")));
        assertTrue(c.overdue(LocalDate.parse("2026-03-17")));
        c.stopClocks(NOW);
        assertFalse(c.overdue(LocalDate.parse("2027-01-01")), "a case whose clocks stopped is never overdue");
    }

    @Test
    void aPausedClockDoesNotCountAsTheCasesDueDate() {
        Case c = assigned();
        CaseClock reply = c.clocks().get(0);
        c.paused(reply);
        assertEquals(null, c.dueOn());
        assertThrows(Refused.class, () -> c.paused(reply));
        c.resumed(reply, clock(1, "2026-03-12"));
        assertEquals(LocalDate.parse("2026-03-12"), c.dueOn());
    }

    @Test
    void aReturnedAssignmentStopsTheUnitsOwnClocks() {
        Case c = assigned();
        CaseClock opinion = c.startClock("OPINION", "ZJJ", clock(3, "2026-04-02"), TODAY);
        c.unassign(NOW);
        assertEquals(CaseClock.Status.STOPPED, opinion.status());
        assertTrue(c.clocks().get(0).running(), "the case's own clock runs on");
        assertEquals(null, c.leadDepartment());
    }

    @Test
    void c8TheFactsARateCountsAreKeptWithTheRecordsTheySummarise() {
        Case c = TestCases.received(WORKFLOW, 8, true);
        assertEquals(LocalDate.parse("2026-03-02"), c.receivedOn());
        assertEquals(202603, c.receivedMonth());
        c.startClock("ACCEPT", null, clock(1, "2026-03-04"), TODAY);
        assertEquals(null, c.replyDueOn(), "acceptance is not what the first reply owes");
        c.meet(c.clock("ACCEPT").orElseThrow(), NOW, LocalDate.parse("2026-03-05"));
        assertEquals(Boolean.FALSE, c.acceptOnTime());
        assertEquals(LocalDate.parse("2026-03-05"), c.acceptedOn());
        c.startClock("REPLY", null, clock(2, "2026-03-12"), TODAY);
        assertEquals(LocalDate.parse("2026-03-12"), c.replyDueOn());
        c.sendReply("REPLY", "JYJ", "h", NOW, LocalDate.parse("2026-03-12"), "答复", null);
        assertEquals(Boolean.TRUE, c.firstReplyOnTime());
        assertEquals(LocalDate.parse("2026-03-12"), c.replyDueOn(), "kept after the clock was met");
        c.rate(1, CaseParty.Satisfaction.DISSATISFIED, null, NOW);
        assertEquals("DISSATISFIED", c.satisfaction());
        assertFalse(c.excluded());

        Case rejected = TestCases.received(WORKFLOW, 9, true);
        rejected.reject("不属于本级职责", NOW);
        assertTrue(rejected.excluded(), "C8: a rejected case is counted by no rate");
    }

    @Test
    void c9AnImportedCaseArrivesFinishedWithItsRecordedDates() {
        Case.History h = new Case.History(java.time.Instant.parse("2025-05-06T02:00:00Z"), LocalDate.parse("2025-05-07"),
                true, "JYJ", LocalDate.parse("2025-05-13"), java.time.Instant.parse("2025-05-14T04:00:00Z"), "答复",
                CaseParty.Satisfaction.SATISFIED, 1);
        Case c = Case.imported(WORKFLOW, new Case.Submission("T", "MAYOR", "HELP", "标题", "内容"),
                new CaseParty.Details("WRITER", "（历史数据）", null, null, null, false), "CODE", "DONE", h, "office", NOW, "从原系统导入");
        assertTrue(c.imported());
        assertEquals("DONE", c.state());
        assertEquals(LocalDate.parse("2025-05-06"), c.receivedOn());
        assertEquals(Boolean.FALSE, c.firstReplyOnTime(), "replied the day after its due date");
        assertEquals(2, c.round(), "re-handled once");
        assertEquals("SATISFIED", c.satisfaction());
        assertEquals(List.of(Workflow.RECEIVE, Workflow.IMPORT), c.history().stream().map(CaseEvent::action).toList());
        assertThrows(IllegalArgumentException.class, () -> Case.imported(WORKFLOW,
                new Case.Submission("T", "MAYOR", "HELP", "标题", "内容"),
                new CaseParty.Details("WRITER", "某", null, null, null, false), "CODE2", "OPEN", h, "office", NOW, "x"),
                "an imported case is finished");
    }
}
