package org.govinbox.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.TestCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The test-only type's own workflow, every action in every state; WAITING is a state no other type has. */
class InquiryWorkflowTest {

    static Case inState(String state) {
        Case c = TestCases.received(InquiryType.WORKFLOW, 11, false);
        switch (state) {
            case "WAITING" -> TestCases.act(InquiryType.WORKFLOW, c, "ASK_MORE", null);
            case "ANSWERED" -> TestCases.act(InquiryType.WORKFLOW, c, "ANSWER", null);
            default -> { }
        }
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyActionInEveryState() {
        return TestCases.everyActionInEveryState(InquiryType.WORKFLOW, InquiryWorkflowTest::inState);
    }

    @Test
    void itsActionsAreItsWorkflowsRows() {
        InquiryType type = new InquiryType();
        type.standard = new org.govinbox.casework.boundary.StandardActions();
        type.build();
        org.govinbox.casework.boundary.CaseTypes.check(type);
        assertEquals(4, type.actions().size());
    }
}
