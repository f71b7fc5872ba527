package org.govinbox.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S1: Chinese full-text search by words (SmartChineseAnalyzer), with filters, facets and safe snippets. */
class SearchIndexTest {

    @TempDir
    Path folder;

    private SearchIndex index;

    @BeforeEach
    void open() {
        index = new SearchIndex(folder);
        index.put(List.of(
                doc(1, "关于报送2021年法治政府建设工作总结的报告", "宝渭政字〔2021〕51号", "法治政府,工作总结",
                        "全面推进法治政府建设，全年主动公开政府信息5236条。", "ZFB", "ADMIN_APPROVAL", 2021),
                doc(2, "区财政局关于2026年部门预算的公告", "宝渭财发〔2026〕2号", "预算",
                        "本公告依据政府有关规定，向社会公开部门预算信息。", "CZJ", "BUDGET", 2026),
                doc(3, "关于开展食品安全抽检的通知", null, "食品安全",
                        "抽检结果<script>alert(1)</script>将在网站上公开。", "SGZ", "FOOD_DRUG", 2026),
                doc(4, "关于政府信息公开工作的通知", null, "", "做好政府信息公开工作。", "ZFB", "BUDGET", 2026)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchIndex.Doc doc(long id, String title, String number, String keywords, String text,
                                       String publisher, String domain, int year) {
        return new SearchIndex.Doc(id, title, number, keywords, text, publisher, domain, "综合政务", "通知", "VALID",
                LocalDate.of(year, 6, 1));
    }

    private SearchIndex.Result search(String words) {
        return index.search(new SearchIndex.Search(words, null, null, null, null, null, null, false, 0, 10));
    }

    private static List<Long> ids(SearchIndex.Result result) {
        return result.hits().stream().map(SearchIndex.Hit::id).toList();
    }

    @Test
    void queriesAreSegmentedIntoWords() {
        assertEquals(List.of("法治", "政府"), index.words("法治政府"));
        assertEquals(List.of("政府", "信息", "公开"), index.words("政府信息公开"));
    }

    @Test
    void lawBasedGovernmentFindsTheSeedReportFirst() {
        SearchIndex.Result result = search("法治政府");
        assertEquals(List.of(1L), ids(result));
        assertTrue(result.hits().get(0).titleHtml().contains("<mark>法治政府</mark>")
                || result.hits().get(0).titleHtml().contains("<mark>法治</mark><mark>政府</mark>"), result.hits().get(0).titleHtml());
    }

    @Test
    void wordsMatchWhereverTheyStandNotOnlyAsOneString() {
        // item 2 holds 政府, 公开 and 信息 apart: substring matching of 政府信息公开 would miss it, word matching finds it
        List<Long> found = ids(search("政府信息公开"));
        assertTrue(found.containsAll(List.of(1L, 2L, 4L)), found.toString());
        assertFalse(found.contains(3L), "item 3 has 公开 but neither 政府 nor 信息");
        assertEquals(4L, found.get(0), "the title holding the words together ranks first");
    }

    @Test
    void documentNumbersAreSearchable() {
        assertEquals(List.of(1L), ids(search("宝渭政字〔2021〕51号")));
    }

    @Test
    void filtersNarrowAndFacetsCount() {
        SearchIndex.Result all = search("公开");
        assertEquals(4, all.total());
        assertEquals(2L, all.facets().get("domain").get("BUDGET"));
        assertEquals(2L, all.facets().get("publisher").get("ZFB"));
        assertEquals(3L, all.facets().get("year").get("2026"));
        SearchIndex.Result budget = index.search(new SearchIndex.Search("公开", "BUDGET", 2026, null, null, null, null, false, 0, 10));
        assertEquals(2, budget.total());
        assertEquals(List.of(4L, 2L).stream().sorted().toList(), ids(budget).stream().sorted().toList());
    }

    @Test
    void snippetsAreEscaped() {
        SearchIndex.Result result = search("抽检结果");
        String snippet = result.hits().get(0).snippetHtml();
        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertTrue(snippet.contains("<mark>"), snippet);
    }

    @Test
    void removedItemsAreNotFoundAndTheIndexCounts() {
        assertEquals(4, index.count());
        index.remove(1);
        assertTrue(ids(search("法治政府")).isEmpty());
        assertEquals(3, index.count());
    }

    @Test
    void pagesOfHits() {
        SearchIndex.Result second = index.search(new SearchIndex.Search("公开", null, null, null, null, null, null, true, 2, 2));
        assertEquals(4, second.total());
        assertEquals(2, second.hits().size());
    }

    @Test
    void aWordShorterThanTheAnalyzersStillFindsButBelowWholeWordHits() {
        index.put(List.of(new SearchIndex.Doc(5, "2026年政务公开工作要点", null, "工作要点", "全年政务公开工作安排。", "ZFB",
                "BUDGET", "综合政务", "通知", "VALID", LocalDate.of(2026, 3, 1), List.of())));
        // 法治 is a word inside 法治政府, which the analyzer keeps whole in the text
        assertEquals(List.of(1L), ids(search("法治")));
        assertEquals(List.of(5L), ids(search("工作要点")));
        assertEquals(List.of(5L), ids(search("要点")));
        // a single character matches too
        assertTrue(ids(search("抽")).contains(3L));
        // characters in a row, not scattered: 法政 is in no text
        assertEquals(List.of(), ids(search("法政")));
        // 政府 is a whole word in items 1, 2 and 4; item 5 has no 政府 at all, and the words rank first
        index.put(List.of(new SearchIndex.Doc(6, "关于市政府采购的说明", null, "", "", "ZFB", "BUDGET", "综合政务", "通知",
                "VALID", LocalDate.of(2026, 3, 1), List.of())));
        List<Long> hits = ids(search("政府信息"));
        assertEquals(4L, hits.get(0), "the title with both words first: " + hits);
    }

    @Test
    void anExactIndexDocumentOrRegistrationNumberFindsItsItemFirst() {
        index.put(List.of(new SearchIndex.Doc(7, "宝鸡市渭滨区行政规范性文件管理办法", "宝渭政发〔2026〕9号", "规范性文件",
                        "为规范行政规范性文件管理，参照宝渭政规〔2026〕2号执行。", "ZFB", "BUDGET", "综合政务", "办法", "VALID",
                        LocalDate.of(2026, 3, 1), List.of("1600521X6/2021-06943", "宝渭政规〔2026〕3号")),
                new SearchIndex.Doc(8, "关于转发宝渭政规〔2026〕3号的通知", null, "", "转发宝渭政规〔2026〕3号，请遵照执行。", "ZFB",
                        "BUDGET", "综合政务", "通知", "VALID", LocalDate.of(2026, 4, 1), List.of("1600521X6/2021-06944"))));
        assertEquals(7L, ids(search("1600521X6/2021-06943")).get(0));
        assertEquals(7L, ids(search("1600521x6/2021-06943")).get(0), "as typed in lower case");
        assertEquals(7L, ids(search("宝渭政规〔2026〕3号")).get(0), "the registered document before the one citing it");
        assertEquals(7L, ids(search("宝渭政规[2026]3号")).get(0), "brackets typed another way");
        assertEquals(7L, ids(search("宝渭政发〔2026〕9号")).get(0));
        assertEquals(2L, ids(search("宝渭财发〔2026〕2号")).get(0));
    }
}
