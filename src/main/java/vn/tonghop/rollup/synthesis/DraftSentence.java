package vn.tonghop.rollup.synthesis;

import java.util.List;

/** A sentence of the drafted synthesis and the sources that say it. */
public record DraftSentence(String text, List<Citation> citations) {

    public DraftSentence {
        citations = List.copyOf(citations);
    }
}
