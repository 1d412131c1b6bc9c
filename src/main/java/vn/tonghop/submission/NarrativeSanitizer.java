package vn.tonghop.submission;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps what a narrative section may hold (paragraphs, line breaks, bold/italic/underline, lists, simple tables) and
 * drops everything else, scripts and event handlers included. Text without markup is kept verbatim so that API clients
 * read back exactly what they wrote.
 */
public final class NarrativeSanitizer {

    private static final java.util.regex.Pattern CITE = java.util.regex.Pattern
            .compile("[A-Za-z0-9._-]{1,40}:[0-9]{1,9}( [A-Za-z0-9._-]{1,40}:[0-9]{1,9}){0,199}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "table", "thead", "tbody", "tr",
                    "th", "td")
            .allowAttributes("colspan", "rowspan").matching(java.util.regex.Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th")
            // the citation marks of a drafted synthesis: which reports a sentence came from
            .allowElements("sup").allowAttributes("data-cite").matching(CITE).onElements("sup").toFactory();

    private NarrativeSanitizer() {
    }

    public static String sanitize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        return POLICY.sanitize(text);
    }

    /**
     * The text a reader sees, for length limits and plain exports: tags removed (a paragraph, item, table row or line
     * break ends a line), entities decoded. One pass over the text: every save measures every section with it.
     */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int close = c == '<' ? html.indexOf('>', i + 1) : -1;
            if (close < 0) {
                text.append(c);
                i++;
                continue;
            }
            if (endsLine(html, i + 1, close)) {
                text.append('\n');
            }
            i = close + 1;
        }
        return org.owasp.html.Encoding.decodeHtml(text.toString(), false).strip();
    }

    /** Whether the tag between {@code from} and {@code to} is {@code br}, {@code /p}, {@code /li} or {@code /tr}. */
    private static boolean endsLine(String html, int from, int to) {
        String tag = html.substring(from, to).strip().toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("br")) {
            String rest = tag.substring(2).strip();
            return rest.isEmpty() || rest.equals("/");
        }
        return tag.equals("/p") || tag.equals("/li") || tag.equals("/tr");
    }
}
