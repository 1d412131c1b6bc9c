package vn.tonghop.rollup.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The sentences of a narrative text: each paragraph, list item or table cell, cut at sentence ends. */
final class Sentences {

    /** A sentence ends at . ! ? or ; followed by a capital, a digit or a dash (not at "1.315" or "Q.1"). */
    private static final Pattern END = Pattern.compile("(?<=[.!?;…])\\s+(?=[\\p{Lu}\\d\\-–+•(\"“])");
    private static final Pattern BULLET = Pattern.compile("^[\\-–+•*]\\s*");
    private static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, h5, h6, div";

    private Sentences() {
    }

    static List<String> of(String html) {
        List<String> out = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return out;
        }
        Element body = Jsoup
                .parseBodyFragment(html.indexOf('<') < 0 ? "<p>" + html.replace("\n", "</p><p>") + "</p>"
                        : html.replace("<br>", "</p><p>").replace("<br/>", "</p><p>").replace("<br />", "</p><p>"))
                .body();
        List<Element> blocks = body.select(BLOCKS).stream().filter(e -> e.select(BLOCKS).size() == 1).toList();
        List<String> texts = blocks.isEmpty() ? List.of(body.text()) : blocks.stream().map(Element::text).toList();
        for (String text : texts) {
            for (String s : END.split(text.strip())) {
                String sentence = BULLET.matcher(s.strip()).replaceFirst("").strip();
                if (sentence.length() > 1) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }
}
