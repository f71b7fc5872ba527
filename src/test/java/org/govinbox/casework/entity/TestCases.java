package org.govinbox.casework.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Cases and a small workflow for the engine's own tests: the engine's rules, whatever a type's table says. */
public final class TestCases {

    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    /** A workflow of the tests' own: open → (done) closed, (hold) held and back. */
    public static final Workflow WORKFLOW = Workflow.of("T")
            .state("OPEN", "处理中", true)
            .state("HELD", "暂缓", true)
            .state("DONE", "已办结", false)
            .action("HOLD", "暂缓", Workflow.By.DISPATCHER, Set.of("OPEN"), "HELD")
            .action("GO_ON", "恢复", Workflow.By.DISPATCHER, Set.of("HELD"), "OPEN")
            .action("NOTE", "备注", Workflow.By.LEAD, Set.of("OPEN", "HELD"))
            .action("DONE", "办结", Workflow.By.LEAD, Set.of("OPEN"), "DONE", "HELD")
            .build();

    private TestCases() {
    }

    public static Case received(Workflow workflow, long id, boolean consent, CaseParty.Details... more) {
        List<CaseParty.Details> parties = new java.util.ArrayList<>(List.of(
                new CaseParty.Details("WRITER", "张三", "13812348000", null, null, consent)));
        parties.addAll(List.of(more));
        Case c = Case.receive(workflow, new Case.Submission(workflow.type(), "MAYOR", "CONSULTATION", "标题", "内容"),
                parties, "CODE" + id, null, "digest", "群众", NOW);
        setId(c, id);
        return c;
    }

    /**
     * Every action of {@code workflow} in every one of its states, allowed and forbidden alike (W1, W2, C1, C2):
     * an allowed action writes one event and leads to its row's first target; a forbidden one is refused naming
     * the state and changes nothing. {@code inState} brings a case of the workflow's type to a state.
     */
    public static java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyActionInEveryState(
            Workflow workflow, java.util.function.Function<String, Case> inState) {
        List<org.junit.jupiter.api.DynamicTest> tests = new java.util.ArrayList<>();
        for (Workflow.Transition t : workflow.transitions()) {
            for (Workflow.State s : workflow.states()) {
                boolean allowed = t.allowedIn(s.code());
                tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(t.action() + " in " + s.code() + ": allowed=" + allowed, () -> {
                    Case c = inState.apply(s.code());
                    org.junit.jupiter.api.Assertions.assertEquals(s.code(), c.state());
                    int events = c.history().size();
                    if (allowed) {
                        act(workflow, c, t.action(), null);
                        org.junit.jupiter.api.Assertions.assertEquals(t.to().isEmpty() ? s.code() : t.to().get(0), c.state());
                        org.junit.jupiter.api.Assertions.assertEquals(events + 1, c.history().size(), "one history event per action");
                        CaseEvent last = c.history().get(c.history().size() - 1);
                        org.junit.jupiter.api.Assertions.assertEquals(t.action(), last.action());
                        org.junit.jupiter.api.Assertions.assertEquals(s.code(), last.fromState());
                    } else {
                        org.govinbox.platform.entity.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(
                                org.govinbox.platform.entity.Refused.class, () -> act(workflow, c, t.action(), null));
                        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains(s.code()), refused.getMessage());
                        org.junit.jupiter.api.Assertions.assertEquals(s.code(), c.state(), "nothing changes");
                        org.junit.jupiter.api.Assertions.assertEquals(events, c.history().size(), "nothing is written");
                    }
                }));
            }
        }
        return tests.stream();
    }

    public static void act(Workflow workflow, Case c, String action, String to) {
        c.record(workflow, c.check(workflow, action), to, "office", NOW, null, null);
    }

    /** A stored deadline (the clocks' foreign key) carrying {@code due} as the case records it. */
    public static ClockRef deadline(jakarta.persistence.EntityManager em, String due) {
        org.govinbox.calendar.entity.Deadline d = org.govinbox.calendar.entity.Deadline.start("T", "1", "TEST",
                org.govinbox.calendar.entity.ClockKind.WORKING_DAYS, 5, 0, TODAY,
                org.govinbox.calendar.control.ShippedCalendar.all(), "test", NOW);
        em.persist(d);
        em.flush();
        return new ClockRef(d.id(), LocalDate.parse(due), false);
    }

    public static void setId(Case c, long id) {
        try {
            Field field = Case.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
