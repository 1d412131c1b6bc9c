package vn.tonghop.rollup.synthesis;

import java.util.List;

/** Drafts one text of a narrative section from the units' answers, every sentence citing its sources. */
public interface Drafter {

    Draft draft(String heading, List<SourceText> sources);
}
