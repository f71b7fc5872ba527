package org.govinbox.mailbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

    @TestFactory
    Stream<DynamicTest> everyActionInEveryState() {
        return TestCases.everyActionInEveryState(LETTER, LetterWorkflowTest::inState);
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
        assertEquals(Workflow.By.SUBMITTER, LETTER.transition("WITHDRAW_CONSENT").orElseThrow().by());
        assertEquals(LETTER.states().stream().map(Workflow.State::code).collect(java.util.stream.Collectors.toSet()),
                LETTER.transition("WITHDRAW_CONSENT").orElseThrow().from(), "consent is withdrawn at any time");
        assertEquals(Set.of("REPLIED", "CLOSED", "REJECTED", "DUPLICATE"), LETTER.transition(Workflow.ERASE_CONTACT).orElseThrow().from(),
                "contact data are erased once a letter is no longer open");
        for (Workflow.Transition t : LETTER.transitions()) {
            // a finished letter is only published, its consent withdrawn, its contact data erased
            if (!Set.of("PUBLISH", "WITHDRAW_CONSENT", Workflow.ERASE_CONTACT).contains(t.action())) {
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
