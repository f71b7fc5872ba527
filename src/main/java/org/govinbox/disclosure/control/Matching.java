package org.govinbox.disclosure.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** How a query's text becomes a Lucene query over the fields {@link SearchIndex} writes (S1, S4, S5). */
final class Matching {

    private static final Map<String, Float> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", 4f);
        FIELDS.put("docno", 3f);
        FIELDS.put("keywords", 2f);
        FIELDS.put("body", 1f);
    }

    /** Weight of a match by characters only, below any match by words (S4). */
    private static final float GRAM_BOOST = 0.2f;
    /** Weight of a query that is exactly an item's index, document or registration number (S5). */
    private static final float EXACT_BOOST = 1000f;
    /** A query is cut into pairs only (no single characters), so that the pairs in a row are the text typed. */
    private static final Analyzer QUERY_PAIRS = new CharacterPairs(false);

    private Matching() {
    }

    /**
     * S1, S4, S5: an item matches when it has every word of the query (in any field; the words together as a phrase
     * rank higher), or failing that the query's characters in a row anywhere (ranked below any match by words), or
     * when the query is exactly its index, document or registration number (ranked first). Null: nothing to match
     * by (the query had only punctuation), i.e. everything.
     */
    static Query of(String text, List<String> words) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean something = false;
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String word : words) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                FIELDS.forEach((field, boost) ->
                        anyField.add(new BoostQuery(new TermQuery(new Term(field, word)), boost), Occur.SHOULD));
                all.add(anyField.build(), Occur.MUST);
            }
            if (words.size() > 1) {
                all.add(new BoostQuery(new PhraseQuery(2, "title", words.toArray(String[]::new)), 4f), Occur.SHOULD);
                all.add(new BoostQuery(new PhraseQuery(2, "body", words.toArray(String[]::new)), 2f), Occur.SHOULD);
            }
            any.add(all.build(), Occur.SHOULD);
            something = true;
        }
        List<String> pairs = tokens(QUERY_PAIRS, "grams", text);
        if (!pairs.isEmpty()) {
            Query inARow = pairs.size() == 1 ? new TermQuery(new Term("grams", pairs.get(0)))
                    : new PhraseQuery("grams", pairs.toArray(String[]::new));
            any.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(inARow), GRAM_BOOST), Occur.SHOULD);
            something = true;
        }
        String exact = exact(text);
        if (!exact.isEmpty()) {
            any.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term("exact", exact))),
                    EXACT_BOOST), Occur.SHOULD);
            something = true;
        }
        return something ? any.build() : null;
    }

    /** S5: a number as typed or printed: brackets normalised as in document numbers, no spaces, upper case. */
    static String exact(String number) {
        String n = org.govinbox.disclosure.entity.DocumentNumber.normalise(number);
        return n == null ? "" : n.toUpperCase(java.util.Locale.ROOT);
    }

    /** The terms an analyzer makes of a text for a field. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
