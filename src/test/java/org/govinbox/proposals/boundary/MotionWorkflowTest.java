package org.govinbox.proposals.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.TestCases;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.entity.Refused;
import org.govinbox.proposals.entity.Motion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The workflow of suggestions and proposals: every action in every state, for each of the two types; parts (M3) and extensions (M2). */
class MotionWorkflowTest {

    private static final Workflow SUGGESTION = MotionType.workflow(SuggestionType.CODE, "建议");
    private static final Workflow PROPOSAL = MotionType.workflow(ProposalType.CODE, "提案");

    private static final Map<String, List<String[]>> PATH = Map.of(
            "REGISTERED", List.of(),
            "HANDLING", List.<String[]>of(new String[] {"ASSIGN"}),
            "REVIEW", List.of(new String[] {"ASSIGN"}, new String[] {"REPLY"}),
            "REPLIED", List.of(new String[] {"ASSIGN"}, new String[] {"REPLY"}, new String[] {"APPROVE_REPLY"}),
            "CLOSED", List.of(new String[] {"ASSIGN"}, new String[] {"REPLY"}, new String[] {"APPROVE_REPLY"}, new String[] {"RATE"}));

    static Case inState(Workflow workflow, String state) {
        Case c = TestCases.received(workflow, 21, true);
        for (String[] step : PATH.get(state)) {
            TestCases.act(workflow, c, step[0], step.length > 1 ? step[1] : null);
        }
        assertEquals(state, c.state());
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everySuggestionActionInEveryState() {
        return TestCases.everyActionInEveryState(SUGGESTION, s -> inState(SUGGESTION, s));
    }

    @TestFactory
    Stream<DynamicTest> everyProposalActionInEveryState() {
        return TestCases.everyActionInEveryState(PROPOSAL, s -> inState(PROPOSAL, s));
    }

    @Test
    void theTableIsWhatTheIssueSays() {
        assertEquals(Set.of("REGISTERED"), SUGGESTION.transition("ASSIGN").orElseThrow().from());
        assertEquals(List.of("REVIEW", "HANDLING"), SUGGESTION.transition("REPLY").orElseThrow().to(),
                "to the office's review; a separately handled item waits for every part");
        assertEquals(List.of("CLOSED", "HANDLING", "REPLIED"), SUGGESTION.transition("RATE").orElseThrow().to(),
                "the lead closes or sends back; a co-signer's rating leaves the state");
        assertEquals(Workflow.By.SUBMITTER, SUGGESTION.transition("RATE").orElseThrow().by());
        assertEquals(Workflow.By.DISPATCHER, SUGGESTION.transition("RECORD_RATING").orElseThrow().by());
        assertEquals(Workflow.By.CO_HANDLER, SUGGESTION.transition("REPLY_PART").orElseThrow().by());
        assertEquals(Workflow.By.LEAD, SUGGESTION.transition("CONTACT").orElseThrow().by());
        assertEquals(Set.of("REGISTERED", "HANDLING", "REVIEW"), SUGGESTION.openStates());
        assertTrue(SUGGESTION.states().stream().noneMatch(s -> s.code().equals("ACCEPTED")), "no letter state");
    }

    @Test
    void aSeparatelyHandledItemGoesToReviewWhenEveryPartIsIn() {
        Motion m = new Motion(1, 1, "12", null, java.time.LocalDate.now(), false, null);
        m.assigned(Motion.Mode.SEPARATE, List.of("A", "B"));
        assertEquals(false, m.holdPart("A", "甲", "A"));
        assertThrows(Refused.class, () -> m.holdPart("A", "再答", "A"), "one answer per part");
        assertThrows(Refused.class, () -> m.holdPart("C", "丙", "A"), "only the units it was given to");
        assertEquals(true, m.holdPart("B", "乙", "C"));
        m.releaseParts();
        assertTrue(m.parts().stream().noneMatch(org.govinbox.proposals.entity.Part::held));
    }

    @Test
    void extensionsAddUpToTheMaximum() {
        Motion m = new Motion(1, 1, "12", null, java.time.LocalDate.now(), false, null);
        m.extend(2, 3);
        m.extend(1, 3);
        Refused refused = assertThrows(Refused.class, () -> m.extend(1, 3));
        assertTrue(refused.getMessage().contains("3 个月"), refused.getMessage());
    }

    @Test
    void ratesArePercentagesWithOneDecimalAndNullWhenNothingIsCounted() {
        assertEquals(new BigDecimal("66.7"), MotionStats.rate(2, 3));
        assertEquals(new BigDecimal("100.0"), MotionStats.rate(5, 5));
        assertNull(MotionStats.rate(0, 0));
    }

    @Test
    void numbersAreReadWithOrWithoutTheirWords() {
        assertEquals("12", Motions.number("第12号"));
        assertEquals("12", Motions.number(new BigDecimal("12")));
        assertEquals("12", Motions.number(" 12 "));
        assertNull(Motions.number("第号"));
        assertEquals("面商", MotionActions.contactMethod("MEETING"));
        assertEquals("电话", MotionActions.contactMethod("电话"));
    }
}
