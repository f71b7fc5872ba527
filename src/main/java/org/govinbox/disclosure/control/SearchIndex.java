package org.govinbox.disclosure.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Chinese full-text index of published items (rule S1): title, document number, keywords and body, segmented
 * into words by Lucene's SmartChineseAnalyzer — a query matches by words, not by substrings — with the catalogue
 * fields as filters and facets and highlighted snippets. It holds only what is public; the database is the
 * source of truth and the index can always be rebuilt from it.
 */
public final class SearchIndex implements AutoCloseable {

    /** What the index keeps of a published item. */
    public record Doc(long id, String title, String documentNumber, String keywords, String text, String publisher,
                      String domain, String subject, String genre, String validity, LocalDate publishedOn,
                      List<String> numbers) {

        /** An item with no index or registration number of its own (only its document number finds it exactly). */
        public Doc(long id, String title, String documentNumber, String keywords, String text, String publisher,
                   String domain, String subject, String genre, String validity, LocalDate publishedOn) {
            this(id, title, documentNumber, keywords, text, publisher, domain, subject, genre, validity, publishedOn, List.of());
        }
    }

    /** A search: words, catalogue filters (null: any), and the window of hits wanted. */
    public record Search(String words, String domain, Integer year, String publisher, String validity, String subject,
                         String genre, boolean newestFirst, int offset, int limit) {
    }

    /** A hit, with its title and a snippet of the body as HTML: text escaped, matched words in {@code <mark>}. */
    public record Hit(long id, String titleHtml, String snippetHtml) {
    }

    public record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    public static final List<String> FACETS = List.of("domain", "publisher", "year", "validity", "subject", "genre");

    /** Analysed, stored, and with offsets in the postings: snippets are highlighted without analysing the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }
    /**
     * S4: the index's layout; an index written in another one is rebuilt at start (Search#matchesDatabase).
     * 2: character n-grams ("grams") and exact numbers ("exact") beside the words.
     */
    static final String FORMAT = "2";

    private final Analyzer wordAnalyzer = new SmartChineseAnalyzer();
    /** Chinese text as overlapping pairs of characters (and single ones), for words shorter than the analyzer's. */
    private final Analyzer grams = new CharacterPairs(true);
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(wordAnalyzer, Map.of("grams", grams));
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(32);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces items; visible to searches when this returns. */
    public void put(Collection<Doc> docs) {
        try {
            for (Doc doc : docs) {
                writer.updateDocument(new Term("id", String.valueOf(doc.id())), document(doc));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds items known not to be in the index yet (a rebuild), without committing: call {@link #commit()}. */
    public void add(Collection<Doc> docs) {
        try {
            List<Document> batch = new ArrayList<>(docs.size());
            for (Doc doc : docs) {
                batch.add(document(doc));
            }
            writer.addDocuments(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term("id", String.valueOf(id)));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commit() {
        try {
            writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** S4: whether the index was written in this version's layout (else it needs a rebuild). */
    public boolean current() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals("format")) {
                    return e.getValue().equals(FORMAT);
                }
            }
        }
        return false;
    }

    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words the analyzer makes of a text (what a query is matched by). */
    public List<String> words(String text) {
        return Matching.tokens(analyzer, "body", text);
    }

    public Result search(Search search) {
        List<String> words = search.words() == null ? List.of() : words(search.words());
        Query matching = search.words() == null ? null : Matching.of(search.words(), words);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(matching == null ? new org.apache.lucene.search.MatchAllDocsQuery() : matching, Occur.MUST);
        filter(query, "domain", search.domain());
        filter(query, "year", search.year() == null ? null : String.valueOf(search.year()));
        filter(query, "publisher", search.publisher());
        filter(query, "validity", search.validity());
        filter(query, "subject", search.subject());
        filter(query, "genre", search.genre());
        Query built = query.build();
        boolean ranked = matching != null;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Facets facets = searcher.search(built, new FacetManager());
                int wanted = Math.max(1, search.offset() + search.limit());
                TopDocs top = search.newestFirst || !ranked
                        ? searcher.search(built, wanted, new Sort(new SortField("published", SortField.Type.LONG, true)))
                        : searcher.search(built, wanted);
                int from = Math.min(search.offset(), top.scoreDocs.length);
                TopDocs window = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs, from,
                        top.scoreDocs.length));
                return new Result(facets.total, hits(searcher, built, window, ranked), facets.counts());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs window, boolean highlight) throws IOException {
        List<Hit> hits = new ArrayList<>(window.scoreDocs.length);
        if (window.scoreDocs.length == 0) {
            return hits;
        }
        String[] titles = null;
        String[] snippets = null;
        if (highlight) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                    .withMaxLength(20_000)
                    .build();
            titles = highlighter.highlight("title", query, window, 1);
            snippets = highlighter.highlight("body", query, window, 2);
        }
        for (int i = 0; i < window.scoreDocs.length; i++) {
            Document stored = searcher.storedFields().document(window.scoreDocs[i].doc);
            String title = titles != null && titles[i] != null ? titles[i] : escape(stored.get("title"));
            String snippet = snippets != null && snippets[i] != null ? snippets[i] : escape(opening(stored.get("body")));
            hits.add(new Hit(Long.parseLong(stored.get("id")), title, snippet));
        }
        return hits;
    }

    private static String opening(String text) {
        return text == null ? "" : text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Document document(Doc doc) {
        Document d = new Document();
        d.add(new StringField("id", String.valueOf(doc.id()), Field.Store.YES));
        d.add(new Field("title", doc.title(), TEXT_WITH_OFFSETS));
        d.add(new TextField("docno", doc.documentNumber() == null ? "" : doc.documentNumber(), Field.Store.NO));
        d.add(new TextField("keywords", doc.keywords() == null ? "" : doc.keywords(), Field.Store.NO));
        d.add(new Field("body", doc.text() == null ? "" : doc.text(), TEXT_WITH_OFFSETS));
        for (String value : new String[] {doc.title(), doc.keywords(), doc.documentNumber(), doc.text()}) {
            if (value != null && !value.isEmpty()) {
                d.add(new TextField("grams", value, Field.Store.NO));
            }
        }
        java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(doc.documentNumber()), doc.numbers().stream())
                .map(Matching::exact).filter(n -> !n.isEmpty()).distinct()
                .forEach(n -> d.add(new StringField("exact", n, Field.Store.NO)));
        facet(d, "domain", doc.domain());
        facet(d, "publisher", doc.publisher());
        facet(d, "year", String.valueOf(doc.publishedOn().getYear()));
        facet(d, "validity", doc.validity());
        facet(d, "subject", doc.subject());
        facet(d, "genre", doc.genre());
        d.add(new NumericDocValuesField("published", doc.publishedOn().toEpochDay() * 10_000_000L + doc.id() % 10_000_000L));
        d.add(new StoredField("publishedOn", doc.publishedOn().toString()));
        return d;
    }

    private static void facet(Document d, String field, String value) {
        String v = value == null ? "" : value;
        d.add(new StringField(field, v, Field.Store.NO));
        d.add(new SortedDocValuesField(field, new org.apache.lucene.util.BytesRef(v)));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts every matching document by each facet's value. */
    private static final class Facets implements Collector {
        long total;
        final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues[] values = new SortedDocValues[FACETS.size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSorted(context.reader(), FACETS.get(f));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            String value = values[f].lookupOrd(values[f].ordValue()).utf8ToString();
                            counts.computeIfAbsent(FACETS.get(f), k -> new HashMap<>()).merge(value, 1L, Long::sum);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, Map<String, Long>> counts() {
            Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
            for (String facet : FACETS) {
                Map<String, Long> byCount = new LinkedHashMap<>();
                counts.getOrDefault(facet, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> byCount.put(e.getKey(), e.getValue()));
                sorted.put(facet, byCount);
            }
            return sorted;
        }
    }

    private static final class FacetManager implements CollectorManager<Facets, Facets> {
        @Override
        public Facets newCollector() {
            return new Facets();
        }

        @Override
        public Facets reduce(Collection<Facets> collectors) {
            Facets all = new Facets();
            for (Facets one : collectors) {
                all.total += one.total;
                one.counts.forEach((facet, values) -> values.forEach((value, n) ->
                        all.counts.computeIfAbsent(facet, k -> new HashMap<>()).merge(value, n, Long::sum)));
            }
            return all;
        }
    }
}
