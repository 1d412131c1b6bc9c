package vn.tonghop.rollup.synthesis;

import java.util.List;

/**
 * A drafted synthesis of one narrative section. As HTML each sentence carries a footnote mark
 * {@code <sup data-cite="unit:version …">[n]</sup>} that the page turns into a link to the sources and that official
 * documents leave out ({@link Citations#strip}).
 */
public record Draft(List<DraftSentence> sentences) {

    /** Sentences per paragraph of the draft: short paragraphs are easier to edit than one block. */
    private static final int PARAGRAPH = 4;

    public Draft {
        sentences = List.copyOf(sentences);
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    public String html() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i % PARAGRAPH == 0) {
                html.append(i == 0 ? "<p>" : "</p><p>");
            } else {
                html.append(' ');
            }
            DraftSentence s = sentences.get(i);
            html.append(Citations.escape(s.text())).append("<sup data-cite=\"")
                    .append(Citation.attribute(s.citations())).append("\">[").append(i + 1).append("]</sup>");
        }
        return sentences.isEmpty() ? "" : html.append("</p>").toString();
    }
}
