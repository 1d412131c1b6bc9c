package vn.tonghop.submission;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps what a narrative section may hold (paragraphs, line breaks, bold/italic/underline, lists, simple tables) and
 * drops everything else, scripts and event handlers included. Text without markup is kept verbatim so that API clients
 * read back exactly what they wrote.
 */
public final class NarrativeSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "table", "thead", "tbody", "tr",
                    "th", "td")
            .allowAttributes("colspan", "rowspan").matching(java.util.regex.Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th").toFactory();

    private static final java.util.regex.Pattern LINE_ENDS = java.util.regex.Pattern
            .compile("(?i)<br\\s*/?>|</p>|</li>|</tr>");
    private static final java.util.regex.Pattern TAGS = java.util.regex.Pattern.compile("<[^>]*>");

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

    /** The text a reader sees, for length limits and plain exports: tags removed, entities decoded. */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String text = TAGS.matcher(LINE_ENDS.matcher(html).replaceAll("\n")).replaceAll("");
        return org.owasp.html.Encoding.decodeHtml(text, false).strip();
    }
}
