package org.govinbox.casework.entity;

import static org.govinbox.casework.entity.TestCases.WORKFLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.govinbox.platform.entity.Refused;
import org.junit.jupiter.api.Test;

/** W1–W3 of {@link Workflow}, and C1/C2 of {@link Case} on a workflow that belongs to no real type. */
class WorkflowTest {

    @Test
    void theEngineAddsReceiveRemindAndRecompute() {
        assertEquals("OPEN", WORKFLOW.initial());
        assertEquals(Set.of("OPEN", "HELD"), WORKFLOW.openStates());
        assertEquals(Set.of("OPEN", "HELD"), WORKFLOW.transition(Workflow.REMIND).orElseThrow().from());
        assertEquals(Set.of("OPEN", "HELD"), WORKFLOW.transition(Workflow.RECOMPUTE).orElseThrow().from());
        assertTrue(WORKFLOW.transition(Workflow.RECEIVE).orElseThrow().from().isEmpty());
    }

    @Test
    void w1AnActionOutsideItsStatesIsRefusedNamingTheState() {
        Case c = TestCases.received(WORKFLOW, 1, true);
        TestCases.act(WORKFLOW, c, "HOLD", null);
        Refused refused = assertThrows(Refused.class, () -> TestCases.act(WORKFLOW, c, "HOLD", null));
        assertTrue(refused.getMessage().contains("暂缓") && refused.getMessage().contains("HELD"), refused.getMessage());
        assertEquals(2, c.history().size(), "nothing written");
    }

    @Test
    void w2AnActionLeadsOnlyWhereItsRowSays() {
        Case c = TestCases.received(WORKFLOW, 1, true);
        TestCases.act(WORKFLOW, c, "NOTE", null);
        assertEquals("OPEN", c.state(), "no target: the state stays");
        assertThrows(IllegalStateException.class, () -> TestCases.act(WORKFLOW, c, "NOTE", "DONE"));
        TestCases.act(WORKFLOW, c, "DONE", "HELD");
        assertEquals("HELD", c.state(), "the second target when asked for");
        assertThrows(IllegalStateException.class, () -> TestCases.act(WORKFLOW, c, "GO_ON", "DONE"));
        assertEquals(3, c.history().size());
        CaseEvent last = c.history().get(2);
        assertEquals("DONE", last.action());
        assertEquals("OPEN", last.fromState());
        assertEquals("HELD", last.toState());
    }

    @Test
    void w3EveryStateARowNamesIsDeclared() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Workflow.of("X")
                .state("A", "甲", true).action("GO", "去", Workflow.By.DISPATCHER, Set.of("A"), "B").build());
        assertTrue(e.getMessage().contains("B"));
    }

    @Test
    void aCaseActsOnlyOnItsOwnTypesWorkflow() {
        Workflow other = Workflow.of("OTHER").state("OPEN", "处理中", true).build();
        Case c = TestCases.received(WORKFLOW, 1, true);
        assertThrows(IllegalArgumentException.class, () -> c.check(other, Workflow.REMIND));
    }
}
