package org.govinbox.disclosure.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Item bodies are rich text from publishers' editors and imports: only a safe subset of HTML is kept (rule D5) —
 * text structure, tables, lists and links to http(s) and mailto; no scripts, styles, event handlers, frames or
 * forms. The plain text feeds the search index.
 */
public final class HtmlSafety {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "s", "del", "ins")
            .addAttributes("td", "rowspan")
            .addAttributes("th", "rowspan")
            .addAttributes("p", "align")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSafety() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFE, COMPACT).trim();
    }

    /** The text a reader sees, with block boundaries as spaces (for search and summaries). */
    /** Plain text made safe to put into HTML. */
    public static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }

    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }
}
