package org.govinbox.casework.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** C1–C6 of {@link Case}: every action in every state, allowed and forbidden alike, through the entity's own methods. */
class CaseStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final ClockRef CLOCK = new ClockRef(1L, LocalDate.parse("2026-03-09"), false);

    /** The state each allowed action leads to (null: the same state). */
    private static final Map<CaseAction, CaseState> TARGET = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseAction.ACCEPT, CaseState.ACCEPTED),
            Map.entry(CaseAction.REJECT, CaseState.REJECTED),
            Map.entry(CaseAction.MARK_DUPLICATE, CaseState.DUPLICATE),
            Map.entry(CaseAction.ASSIGN, CaseState.ASSIGNED),
            Map.entry(CaseAction.RETURN, CaseState.ACCEPTED),
            Map.entry(CaseAction.REPLY, CaseState.REPLIED),
            Map.entry(CaseAction.APPROVE_REPLY, CaseState.REPLIED),
            Map.entry(CaseAction.SEND_BACK_REPLY, CaseState.ASSIGNED),
            Map.entry(CaseAction.RATE, CaseState.CLOSED)));

    static Case inState(CaseState state) {
        Case c = Case.receive(new Case.Submission("LETTER", "MAYOR", "CONSULTATION", "标题", "内容", "张三",
                "13812348000", null, true), "ABCDEFGHJKMN", null, "digest", NOW);
        setId(c, 7L);
        c.startClock(CLOCK);
        Case original = Case.receive(new Case.Submission("LETTER", "MAYOR", "CONSULTATION", "t", "c", "李四",
                "13812348001", null, false), "ABCDEFGHJKMP", null, "d", NOW);
        setId(original, 3L);
        switch (state) {
            case RECEIVED -> { }
            case ACCEPTED -> c.accept("office", NOW, CLOCK);
            case ASSIGNED -> { c.accept("office", NOW, CLOCK); c.assign("office", NOW, TODAY, "JYJ", List.of("ZJJ")); }
            case REVIEW -> { c.accept("office", NOW, CLOCK); c.assign("office", NOW, TODAY, "JYJ", List.of("ZJJ"));
                c.reply("h", NOW, TODAY, "答复", true); }
            case REPLIED -> { c.accept("office", NOW, CLOCK); c.assign("office", NOW, TODAY, "JYJ", List.of("ZJJ"));
                c.reply("h", NOW, TODAY, "答复", false); }
            case CLOSED -> { c.accept("office", NOW, CLOCK); c.assign("office", NOW, TODAY, "JYJ", List.of("ZJJ"));
                c.reply("h", NOW, TODAY, "答复", false); c.rate(NOW, Case.Satisfaction.SATISFIED, null, null); }
            case REJECTED -> c.reject("office", NOW, "内容不清楚，无法办理");
            case DUPLICATE -> c.markDuplicate("office", NOW, original);
            default -> throw new IllegalArgumentException();
        }
        assertEquals(state, c.state());
        return c;
    }

    private static void setId(Case c, long id) {
        try {
            Field field = Case.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How each action is performed on the entity, with inputs that its other rules accept. */
    static Consumer<Case> perform(CaseAction action) {
        Case original = inState(CaseState.RECEIVED);
        setId(original, 3L);
        return switch (action) {
            case RECEIVE -> c -> c.check(CaseAction.RECEIVE);
            case ACCEPT -> c -> c.accept("office", NOW, CLOCK);
            case REJECT -> c -> c.reject("office", NOW, "理由");
            case MARK_DUPLICATE -> c -> c.markDuplicate("office", NOW, original);
            case ASSIGN -> c -> c.assign("office", NOW, TODAY, "JYJ", List.of());
            case RETURN -> c -> c.returnAssignment("h", NOW, "JYJ", "不属于本单位职责", true);
            case OPINION -> c -> c.opinion("co", NOW, "ZJJ", "意见");
            case REQUEST_EXTENSION -> c -> c.requestExtension("h", NOW, 5, "需要调查");
            case APPROVE_EXTENSION -> c -> { if (c.extensionRequested().isEmpty() && CaseAction.REQUEST_EXTENSION.allowedIn(c.state())) {
                c.requestExtension("h", NOW, 5, "需要调查"); } c.approveExtension("office", NOW, CLOCK); };
            case REFUSE_EXTENSION -> c -> { if (c.extensionRequested().isEmpty() && CaseAction.REQUEST_EXTENSION.allowedIn(c.state())) {
                c.requestExtension("h", NOW, 5, "需要调查"); } c.refuseExtension("office", NOW, "理由不充分"); };
            case URGE -> c -> c.urge("office", NOW, "请抓紧");
            case REPLY -> c -> c.reply("h", NOW, TODAY, "答复", false);
            case APPROVE_REPLY -> c -> c.approveReply("office", NOW, TODAY);
            case SEND_BACK_REPLY -> c -> c.sendBackReply("office", NOW, "请补充");
            case RATE -> c -> c.rate(NOW, Case.Satisfaction.SATISFIED, "好", null);
            case PUBLISH -> c -> c.publish("office", NOW, "公开内容");
            case REMIND -> c -> c.remind(NOW, false);
            case RECOMPUTE -> c -> c.recomputed(NOW, CLOCK, "日历");
        };
    }

    static Stream<Arguments> everyActionInEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            for (CaseState state : CaseState.values()) {
                all.add(Arguments.of(action, state, action.allowedIn(state)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}: allowed={2}")
    @MethodSource("everyActionInEveryState")
    void everyTransition(CaseAction action, CaseState state, boolean allowed) {
        Case c = inState(state);
        int events = c.history().size();
        if (allowed) {
            assertDoesNotThrow(() -> perform(action).accept(c));
            assertEquals(TARGET.getOrDefault(action, state), c.state(), action + " from " + state);
            assertEquals(events + (action == CaseAction.APPROVE_EXTENSION || action == CaseAction.REFUSE_EXTENSION ? 2 : 1),
                    c.history().size(), "one history event per transition");
            CaseEvent last = c.history().get(c.history().size() - 1);
            assertEquals(action, last.action());
            assertEquals(state, action == CaseAction.APPROVE_EXTENSION || action == CaseAction.REFUSE_EXTENSION
                    ? CaseState.ASSIGNED : last.fromState());
        } else {
            CaseRefused refused = assertThrows(CaseRefused.class, () -> perform(action).accept(c));
            assertTrue(refused.getMessage().contains(state.name()), "names the state: " + refused.getMessage());
            assertEquals(state, c.state(), "nothing changes");
            assertEquals(events, c.history().size(), "nothing is written");
        }
    }

    @Test
    void theTableIsWhatTheDomainSays() {
        assertEquals(EnumSet.of(CaseState.RECEIVED), CaseAction.ACCEPT.from());
        assertEquals(EnumSet.of(CaseState.ACCEPTED), CaseAction.ASSIGN.from());
        assertEquals(EnumSet.of(CaseState.ASSIGNED), CaseAction.REPLY.from());
        assertEquals(EnumSet.of(CaseState.REPLIED), CaseAction.RATE.from());
        assertEquals(EnumSet.of(CaseState.REPLIED, CaseState.CLOSED), CaseAction.PUBLISH.from());
        Set<CaseState> terminal = EnumSet.of(CaseState.CLOSED, CaseState.REJECTED, CaseState.DUPLICATE);
        for (CaseAction action : CaseAction.values()) {
            if (action != CaseAction.PUBLISH) {
                terminal.forEach(state -> assertFalse(action.allowedIn(state), action + " in " + state));
            }
        }
    }

    @Test
    void replyingFreezesOnTime() {
        Case c = inState(CaseState.ASSIGNED);
        c.reply("h", NOW, LocalDate.parse("2026-03-10"), "迟到的答复", false);
        assertEquals(Boolean.FALSE, c.repliedOnTime(), "due 03-09, replied 03-10");
        Case onTime = inState(CaseState.ASSIGNED);
        onTime.reply("h", NOW, LocalDate.parse("2026-03-09"), "答复", false);
        assertEquals(Boolean.TRUE, onTime.repliedOnTime());
    }

    @Test
    void dissatisfactionSendsItBackToTheSameDepartmentWithAFreshDeadline() {
        Case c = inState(CaseState.REPLIED);
        ClockRef fresh = new ClockRef(9L, LocalDate.parse("2026-03-16"), false);
        c.rate(NOW, Case.Satisfaction.DISSATISFIED, "没有解决", fresh);
        assertEquals(CaseState.ASSIGNED, c.state());
        assertEquals("JYJ", c.leadDepartment());
        assertEquals(LocalDate.parse("2026-03-16"), c.dueOn());
        assertEquals(1, c.rehandled());
        assertEquals(null, c.replyText());
        assertTrue(c.history().get(c.history().size() - 1).note().contains("原答复：答复"), "the old reply stays on the history");
    }

    @Test
    void onlyConsentedRepliesArePublished() {
        Case c = Case.receive(new Case.Submission("LETTER", "MAYOR", "HELP", "t", "c", "王五", "13812348002", null, false),
                "ABCDEFGHJKMQ", null, "d", NOW);
        setId(c, 8L);
        c.startClock(CLOCK);
        c.accept("o", NOW, CLOCK);
        c.assign("o", NOW, TODAY, "JYJ", List.of());
        c.reply("h", NOW, TODAY, "答复", false);
        assertThrows(CaseRefused.class, () -> c.publish("o", NOW, "x"));
        assertFalse(c.published());
    }

    @Test
    void aReturnAfterTheWindowIsRefused() {
        Case c = inState(CaseState.ASSIGNED);
        assertThrows(CaseRefused.class, () -> c.returnAssignment("h", NOW, "JYJ", "不归我们管", false));
        assertEquals(CaseState.ASSIGNED, c.state());
    }

    @Test
    void onlyACoHandlerGivesAnOpinionAndOnlyOneExtensionWaits() {
        Case c = inState(CaseState.ASSIGNED);
        assertThrows(CaseRefused.class, () -> c.opinion("x", NOW, "FGJ", "意见"));
        c.opinion("co", NOW, "ZJJ", "同意主办意见");
        assertEquals("同意主办意见", c.coHandlers().get(0).opinion());
        c.requestExtension("h", NOW, 5, "调查");
        assertThrows(CaseRefused.class, () -> c.requestExtension("h", NOW, 3, "再延"));
    }

    @Test
    void remindersAreWrittenOnceEachUntilTheClockChanges() {
        Case c = inState(CaseState.ASSIGNED);
        assertFalse(c.dueSoonReminded());
        c.remind(NOW, false);
        assertTrue(c.dueSoonReminded());
        assertFalse(c.overdueReminded());
        c.remind(NOW, true);
        assertTrue(c.overdueReminded());
        c.requestExtension("h", NOW, 5, "调查");
        c.approveExtension("office", NOW, new ClockRef(1L, LocalDate.parse("2026-03-16"), false));
        assertFalse(c.dueSoonReminded(), "a new due date earns new reminders");
        assertFalse(c.overdueReminded());
    }

    @Test
    void overdueIsDerivedFromTheStoredDueDate() {
        Case c = inState(CaseState.ASSIGNED);
        assertFalse(c.overdue(LocalDate.parse("2026-03-09")));
        assertTrue(c.overdue(LocalDate.parse("2026-03-10")));
        Case closed = inState(CaseState.CLOSED);
        assertFalse(closed.overdue(LocalDate.parse("2027-01-01")), "a closed case is never overdue");
    }
}
