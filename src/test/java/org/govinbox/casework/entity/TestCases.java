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
