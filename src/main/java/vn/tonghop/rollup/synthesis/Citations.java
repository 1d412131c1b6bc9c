package vn.tonghop.rollup.synthesis;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The footnote marks of a synthesis: kept on screen, left out of every official document. */
public final class Citations {

    private Citations() {
    }

    /** The text without its citation marks, as the official documents print it. */
    public static String strip(String html) {
        if (html == null || !html.contains("data-cite")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("sup[data-cite]").remove();
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
