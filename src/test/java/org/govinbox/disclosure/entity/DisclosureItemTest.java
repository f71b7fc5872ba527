package org.govinbox.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.govinbox.platform.entity.Refused;
import org.junit.jupiter.api.Test;

/** The item's lifecycle: D1 index number given once, D2 the transition table, D3 one event per change, D4 timeliness. */
class DisclosureItemTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final IndexNumber NUMBER = new IndexNumber("1600521X6", 2026, 12);

    static Metadata metadata(boolean normative) {
        return new Metadata("关于印发某办法的通知", "宝渭政发〔2026〕3号", "ZFB", "区政府办公室", LocalDate.of(2026, 11, 2),
                "BUDGET", "财政", "通知", "预算", "摘要", "<p>正文</p>", Validity.VALID, DisclosureAttribute.PROACTIVE,
                normative);
    }

    static DisclosureItem in(ItemState state) {
        DisclosureItem item = new DisclosureItem(metadata(false), "publisher", NOW);
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> item.submit("publisher", NOW);
            case PUBLISHED -> item.publish(NUMBER, TODAY, 19, 20, "publisher", NOW);
            case WITHDRAWN -> {
                item.publish(NUMBER, TODAY, 19, 20, "publisher", NOW);
                item.withdraw("有误", "publisher", NOW);
            }
            case IMPORTING -> {
                return DisclosureItem.imported(metadata(false), NUMBER, null, TODAY, 3, 20, 7L, "publisher", NOW);
            }
        }
        return item;
    }

    /** D2: every action in every state, allowed and forbidden alike. */
    @Test
    void theTransitionTable() {
        record Case(ItemAction action, Consumer<DisclosureItem> run, Set<ItemState> allowed) {
        }
        List<Case> cases = List.of(
                new Case(ItemAction.EDIT, i -> i.edit(changedTitle(i), "p", NOW),
                        EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW, ItemState.PUBLISHED)),
                new Case(ItemAction.SUBMIT, i -> i.submit("p", NOW), EnumSet.of(ItemState.DRAFT)),
                new Case(ItemAction.SEND_BACK, i -> i.sendBack("改", "p", NOW), EnumSet.of(ItemState.IN_REVIEW)),
                new Case(ItemAction.PUBLISH, i -> i.publish(new IndexNumber("1600521X6", 2026, 99), TODAY, 1, 20, "p", NOW),
                        EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW)),
                new Case(ItemAction.WITHDRAW, i -> i.withdraw("有误", "p", NOW), EnumSet.of(ItemState.PUBLISHED)),
                new Case(ItemAction.EXPIRE, i -> i.expire(TODAY, null, "p", NOW), EnumSet.of(ItemState.PUBLISHED)),
                new Case(ItemAction.REPEAL, i -> i.repeal(TODAY, "宝渭政发〔2026〕9号", null, "p", NOW),
                        EnumSet.of(ItemState.PUBLISHED)),
                new Case(ItemAction.ATTACH, i -> i.attached("a.pdf", "p", NOW),
                        EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW, ItemState.PUBLISHED)),
                new Case(ItemAction.DETACH, i -> i.detached("a.pdf", "p", NOW), EnumSet.of(ItemState.DRAFT, ItemState.IN_REVIEW)));
        for (Case c : cases) {
            for (ItemState state : ItemState.values()) {
                DisclosureItem item = in(state);
                int events = item.events().size();
                if (c.allowed().contains(state)) {
                    c.run().accept(item);
                    assertEquals(events + 1, item.events().size(), c.action() + " in " + state + " writes one event (D3)");
                    assertEquals(c.action(), item.events().get(events).action());
                } else {
                    Refused refused = assertThrows(Refused.class, () -> c.run().accept(item), c.action() + " in " + state);
                    assertTrue(refused.getMessage().contains(state.label()), refused.getMessage());
                    assertEquals(events, item.events().size());
                }
            }
        }
    }

    private static Metadata changedTitle(DisclosureItem item) {
        Metadata m = item.metadata();
        return new Metadata(m.title() + "（修订）", m.documentNumber(), m.publisher(), m.publisherName(), m.writtenOn(),
                m.domain(), m.subject(), m.genre(), m.keywords(), m.summary(), m.body(), m.validity(), m.attribute(),
                m.normative());
    }

    /** D1, D4 */
    @Test
    void publishingGivesTheNumberOnceAndFreezesTimeliness() {
        DisclosureItem item = in(ItemState.DRAFT);
        assertTrue(item.indexNumber().isEmpty());
        item.publish(NUMBER, TODAY, 21, 20, "p", NOW);
        assertEquals("1600521X6/2026-00012", item.indexNumber().orElseThrow());
        assertEquals(21, item.publishWorkingDays());
        assertFalse(item.publishedInTime(), "21 working days is over the 20 of Art. 26");
        item.edit(changedTitle(item), "p", NOW);
        item.withdraw("有误", "p", NOW);
        assertEquals("1600521X6/2026-00012", item.indexNumber().orElseThrow(), "withdrawn items keep their number");
        assertEquals("有误", item.withdrawReason());
    }

    @Test
    void twentyWorkingDaysIsStillInTime() {
        DisclosureItem item = in(ItemState.DRAFT);
        item.publish(NUMBER, TODAY, 20, 20, "p", NOW);
        assertTrue(item.publishedInTime());
    }

    @Test
    void anItemCannotBePublishedBeforeItWasWritten() {
        DisclosureItem item = in(ItemState.DRAFT);
        assertThrows(Refused.class, () -> item.publish(NUMBER, LocalDate.of(2026, 11, 1), 0, 20, "p", NOW));
        assertTrue(item.indexNumber().isEmpty());
    }

    @Test
    void repealNamesTheDateAndTheActAndHappensOnce() {
        DisclosureItem item = in(ItemState.PUBLISHED);
        item.repeal(TODAY, "宝渭政发〔2026〕9号", "已被替代", "p", NOW);
        assertEquals(Validity.REPEALED, item.validity());
        assertEquals(TODAY, item.validityChangedOn());
        assertEquals("宝渭政发〔2026〕9号", item.repealedBy());
        assertThrows(Refused.class, () -> item.repeal(TODAY, "x", null, "p", NOW));
        assertThrows(Refused.class, () -> item.expire(TODAY, null, "p", NOW));
    }

    /** The normative lifecycle: registered → published → amended or repealed. */
    @Test
    void normativeDocumentsAreRegisteredBeforeTheyArePublished() {
        DisclosureItem item = new DisclosureItem(metadata(true), "p", NOW);
        assertThrows(Refused.class, () -> item.publish(NUMBER, TODAY, 1, 20, "p", NOW));
        item.register("宝渭政规〔2026〕3号", "p", NOW);
        assertEquals(NormativeStatus.REGISTERED, item.normativeStatus());
        assertThrows(Refused.class, () -> item.register("宝渭政规〔2026〕4号", "p", NOW));
        item.publish(NUMBER, TODAY, 1, 20, "p", NOW);
        assertEquals(NormativeStatus.PUBLISHED, item.normativeStatus());
        item.amend("条款调整", "p", NOW);
        assertEquals(NormativeStatus.AMENDED, item.normativeStatus());
        assertEquals(Validity.VALID, item.validity());
        item.repeal(TODAY, "2026年规范性文件清理", null, "p", NOW);
        assertEquals(NormativeStatus.REPEALED, item.normativeStatus());
        assertEquals("宝渭政规〔2026〕3号", item.registrationNumber());
    }

    @Test
    void onlyNormativeDocumentsAreRegisteredOrAmended() {
        DisclosureItem item = in(ItemState.DRAFT);
        assertThrows(Refused.class, () -> item.register("宝渭政规〔2026〕3号", "p", NOW));
        DisclosureItem published = in(ItemState.PUBLISHED);
        assertThrows(Refused.class, () -> published.amend("x", "p", NOW));
        assertNull(published.normativeStatus());
    }

    @Test
    void informationNotToBeDisclosedIsNeverPublished() {
        Metadata m = metadata(false);
        DisclosureItem item = new DisclosureItem(new Metadata(m.title(), m.documentNumber(), m.publisher(),
                m.publisherName(), m.writtenOn(), m.domain(), m.subject(), m.genre(), m.keywords(), m.summary(), m.body(),
                m.validity(), DisclosureAttribute.NOT_DISCLOSED, false), "p", NOW);
        assertThrows(Refused.class, () -> item.publish(NUMBER, TODAY, 1, 20, "p", NOW));
        assertTrue(item.indexNumber().isEmpty());
        DisclosureItem published = in(ItemState.PUBLISHED);
        Metadata p = published.metadata();
        assertThrows(Refused.class, () -> published.edit(new Metadata(p.title(), p.documentNumber(), "OTHER", "别的部门",
                p.writtenOn(), p.domain(), p.subject(), p.genre(), p.keywords(), p.summary(), p.body(), p.validity(),
                p.attribute(), false), "p", NOW), "the publisher of a published item stays");
    }

    @Test
    void anUnchangedEditWritesNothing() {
        DisclosureItem item = in(ItemState.DRAFT);
        item.edit(item.metadata(), "p", NOW);
        assertEquals(1, item.events().size());
        item.edit(changedTitle(item), "p", NOW);
        assertEquals("修改了：标题", item.events().get(1).note());
    }

    @Test
    void importedItemsStayHiddenUntilTheirFileIsIn() {
        DisclosureItem item = in(ItemState.IMPORTING);
        assertEquals(ItemState.IMPORTING, item.state());
        assertEquals("1600521X6/2026-00012", item.indexNumber().orElseThrow());
        assertTrue(item.publishedInTime());
        assertEquals(ItemAction.IMPORT, item.events().get(0).action());
    }
}
