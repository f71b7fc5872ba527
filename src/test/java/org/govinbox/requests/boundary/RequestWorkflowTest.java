package org.govinbox.requests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The disclosure request's workflow: every action in every state, allowed and forbidden alike; T1. */
class RequestWorkflowTest {

    static final Workflow W = RequestType.WORKFLOW;

    static Case inState(String state) {
        Case c = TestCases.received(W, 21, false);
        switch (state) {
            case "HANDLING" -> TestCases.act(W, c, "ACCEPT", null);
            case "CORRECTION" -> TestCases.act(W, c, "REQUEST_CORRECTION", null);
            case "CONSULTING" -> {
                TestCases.act(W, c, "ACCEPT", null);
                TestCases.act(W, c, "CONSULT", null);
            }
            case "FEE_PENDING" -> {
                TestCases.act(W, c, "ACCEPT", null);
                TestCases.act(W, c, "NOTICE_FEE", null);
            }
            case "DECIDED" -> {
                TestCases.act(W, c, "ACCEPT", null);
                TestCases.act(W, c, "DECIDE", null);
            }
            default -> { }
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyActionInEveryState() {
        return TestCases.everyActionInEveryState(W, RequestWorkflowTest::inState);
    }

    @Test
    void itsActionsAreItsWorkflowsRows() {
        RequestType type = new RequestType();
        type.requestActions = new RequestActions();
        type.build();
        CaseTypes.check(type);
        assertEquals(12, type.actions().size());
    }

    @Test
    void theApplicantOnlyCorrectsAndTheRestIsTheOffices() {
        W.transitions().forEach(t -> {
            if (t.action().equals("CORRECT")) {
                assertEquals(Workflow.By.SUBMITTER, t.by());
            } else if (!t.action().equals(Workflow.RECEIVE) && t.by() != Workflow.By.SYSTEM) {
                assertEquals(Workflow.By.DISPATCHER, t.by(), t.action());
            }
        });
    }

    @Test
    void theClockStopsWhileWaitingForTheApplicantOrAThirdPartyAndOnlyTheDecisionEndsIt() {
        assertTrue(W.state("CORRECTION").open());
        assertTrue(W.state("CONSULTING").open());
        assertTrue(W.state("FEE_PENDING").open());
        assertFalse(W.state("DECIDED").open());
        assertEquals(java.util.Set.of("HANDLING", "CORRECTION", "FEE_PENDING"), W.transition("DECIDE").orElseThrow().from());
    }
}
