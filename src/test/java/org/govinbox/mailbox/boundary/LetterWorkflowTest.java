package org.govinbox.mailbox.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseEvent;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.entity.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The letter's workflow ({@link LetterType}): every action in every state, allowed and forbidden alike (W1, W2, C1, C2). */
class LetterWorkflowTest {

    private static final Workflow LETTER = LetterType.WORKFLOW;

    /** How a letter reaches each state: the actions on the way (with the target where a row has two). */
    private static final Map<String, List<String[]>> PATH = Map.of(
            "RECEIVED", List.of(),
            "ACCEPTED", List.<String[]>of(new String[] {"ACCEPT"}),
            "ASSIGNED", List.of(new String[] {"ACCEPT"}, new String[] {"ASSIGN"}),
            "REVIEW", List.of(new String[] {"ACCEPT"}, new String[] {"ASSIGN"}, new String[] {"REPLY", "REVIEW"}),
            "REPLIED", List.of(new String[] {"ACCEPT"}, new String[] {"ASSIGN"}, new String[] {"REPLY"}),
            "CLOSED", List.of(new String[] {"ACCEPT"}, new String[] {"ASSIGN"}, new String[] {"REPLY"}, new String[] {"RATE"}),
            "REJECTED", List.<String[]>of(new String[] {"REJECT"}),
            "DUPLICATE", List.<String[]>of(new String[] {"MARK_DUPLICATE"}));

    static Case inState(String state) {
        Case c = TestCases.received(LETTER, 7, true);
        for (String[] step : PATH.get(state)) {
            TestCases.act(LETTER, c, step[0], step.length > 1 ? step[1] : null);
        }
        assertEquals(state, c.state());
        return c;
    }

    static Stream<Arguments> everyActionInEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (Workflow.Transition t : LETTER.transitions()) {
            for (Workflow.State s : LETTER.states()) {
                all.add(Arguments.of(t.action(), s.code(), t.allowedIn(s.code())));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}: allowed={2}")
    @MethodSource("everyActionInEveryState")
    void everyTransition(String action, String state, boolean allowed) {
        Case c = inState(state);
        int events = c.history().size();
        Workflow.Transition t = LETTER.transition(action).orElseThrow();
        if (allowed) {
            assertDoesNotThrow(() -> TestCases.act(LETTER, c, action, null));
            assertEquals(t.to().isEmpty() ? state : t.to().get(0), c.state(), action + " from " + state);
            assertEquals(events + 1, c.history().size(), "one history event per action");
            CaseEvent last = c.history().get(c.history().size() - 1);
            assertEquals(action, last.action());
            assertEquals(state, last.fromState());
        } else {
            Refused refused = assertThrows(Refused.class, () -> TestCases.act(LETTER, c, action, null));
            assertTrue(refused.getMessage().contains(state), "names the state: " + refused.getMessage());
            assertEquals(state, c.state(), "nothing changes");
            assertEquals(events, c.history().size(), "nothing is written");
        }
    }

    @Test
    void theTableIsWhatTheDomainSays() {
        assertEquals(Set.of("RECEIVED"), LETTER.transition("ACCEPT").orElseThrow().from());
        assertEquals(Set.of("ACCEPTED"), LETTER.transition("ASSIGN").orElseThrow().from());
        assertEquals(Set.of("ASSIGNED"), LETTER.transition("REPLY").orElseThrow().from());
        assertEquals(List.of("REPLIED", "REVIEW"), LETTER.transition("REPLY").orElseThrow().to(), "to review when replies are reviewed");
        assertEquals(List.of("CLOSED", "ASSIGNED"), LETTER.transition("RATE").orElseThrow().to(), "不满意: handled again");
        assertEquals(Set.of("REPLIED", "CLOSED"), LETTER.transition("PUBLISH").orElseThrow().from());
        assertEquals(Workflow.By.SUBMITTER, LETTER.transition("RATE").orElseThrow().by());
        assertEquals(Workflow.By.LEAD, LETTER.transition("RETURN").orElseThrow().by());
        assertEquals(Workflow.By.CO_HANDLER, LETTER.transition("OPINION").orElseThrow().by());
        assertEquals(Set.of("RECEIVED", "ACCEPTED", "ASSIGNED", "REVIEW"), LETTER.openStates());
        for (Workflow.Transition t : LETTER.transitions()) {
            if (!t.action().equals("PUBLISH")) {
                Set.of("CLOSED", "REJECTED", "DUPLICATE").forEach(s -> assertFalse(t.allowedIn(s), t.action() + " in " + s));
            }
        }
    }

    @Test
    void aDissatisfiedRatingGoesBackToHandling() {
        Case c = inState("REPLIED");
        TestCases.act(LETTER, c, "RATE", "ASSIGNED");
        assertEquals("ASSIGNED", c.state());
        TestCases.act(LETTER, c, "REPLY", null);
        assertEquals("REPLIED", c.state());
    }
}
