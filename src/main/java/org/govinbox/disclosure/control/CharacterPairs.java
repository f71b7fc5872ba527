package org.govinbox.disclosure.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * S4: Chinese text as overlapping pairs of characters (法治政府 → 法治 治政 政府), other scripts as words. Indexed with
 * the single characters as well ({@code unigrams}), so that a query of one character matches; a query is cut into
 * pairs only, each at the position of its first character, so that a phrase of pairs matches exactly the characters
 * typed, wherever they stand in a longer word.
 */
final class CharacterPairs extends Analyzer {

    private final boolean unigrams;

    CharacterPairs(boolean unigrams) {
        this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(source, stream);
    }

    /** The title, keywords, numbers and body are values of one field: a phrase never runs from one into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
