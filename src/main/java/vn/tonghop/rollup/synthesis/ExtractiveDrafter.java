package vn.tonghop.rollup.synthesis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Formats;

/**
 * Drafts a synthesis with no network: sentences of different units that report the same thing become one sentence (the
 * most central of them; where they differ only in counts, one sentence with the counts added up), what only one unit
 * says stays as that unit said it, in the order the texts tell it. Every sentence cites the reports it came from.
 */
@ApplicationScoped
public class ExtractiveDrafter implements Drafter {

    /** Share of words two sentences must have in common to report the same thing. */
    static final double SAME = 0.6;
    /** How several units are named where one sentence speaks for all of them. */
    static final String UNITS = DocumentWording.text("synthesis.units");

    @Override
    public Draft draft(String heading, List<SourceText> sources) {
        List<List<Statement>> clusters = new ArrayList<>();
        for (SourceText source : sources) {
            List<String> sentences = Sentences.of(source.html());
            for (int i = 0; i < sentences.size(); i++) {
                place(new Statement(source, sentences.get(i), i, sentences.size()), clusters);
            }
        }
        clusters.sort(Comparator.comparingDouble(ExtractiveDrafter::position));
        List<DraftSentence> out = new ArrayList<>();
        for (List<Statement> cluster : clusters) {
            List<Citation> cites = cluster.stream()
                    .map(s -> new Citation(s.source.unitCode(), s.source.unitName(), s.source.version())).distinct()
                    .toList();
            out.add(new DraftSentence(compose(cluster), cites));
        }
        return new Draft(out);
    }

    /** Joins the statement to the most similar cluster without a sentence of the same unit, or opens one. */
    private static void place(Statement s, List<List<Statement>> clusters) {
        List<Statement> best = null;
        double bestScore = SAME;
        for (List<Statement> cluster : clusters) {
            if (cluster.stream().anyMatch(o -> o.source.unitCode().equals(s.source.unitCode()))) {
                continue;
            }
            double score = cluster.get(0).similarity(s);
            if (score >= bestScore) {
                best = cluster;
                bestScore = score;
            }
        }
        if (best == null) {
            clusters.add(new ArrayList<>(List.of(s)));
        } else {
            best.add(s);
        }
    }

    private static double position(List<Statement> cluster) {
        return cluster.stream().mapToDouble(s -> s.relativePosition).average().orElse(0);
    }

    static String compose(List<Statement> cluster) {
        if (cluster.size() == 1) {
            return tidy(cluster.get(0).original);
        }
        Statement first = cluster.get(0);
        boolean summable = cluster.stream().allMatch(first::sameShape)
                && first.counts.stream().anyMatch(c -> c != null);
        String text = summable ? summed(cluster) : central(cluster).text;
        return tidy(text.replace(Statement.UNIT, UNITS));
    }

    /** The first sentence with each count replaced by the sum over the cluster; other figures as written. */
    private static String summed(List<Statement> cluster) {
        Statement first = cluster.get(0);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int i = 0; i < first.spans.size(); i++) {
            int[] span = first.spans.get(i);
            out.append(first.text, last, span[0]);
            if (first.counts.get(i) == null) {
                out.append(first.text, span[0], span[1]);
            } else {
                final int index = i;
                BigDecimal sum = cluster.stream().map(s -> s.counts.get(index))
                        .map(c -> c == null ? BigDecimal.ZERO : c).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.append(Formats.number(sum));
            }
            last = span[1];
        }
        return out.append(first.text.substring(last)).toString();
    }

    /** The sentence most like all the others of its cluster. */
    private static Statement central(List<Statement> cluster) {
        return cluster.stream()
                .max(Comparator
                        .comparingDouble(s -> cluster.stream().filter(o -> o != s).mapToDouble(s::similarity).sum()))
                .orElseThrow();
    }

    private static String tidy(String text) {
        String t = text.replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").strip();
        if (t.isEmpty()) {
            return t;
        }
        t = t.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + t.substring(1);
        return t.matches(".*[.!?…;:]$") ? t : t + ".";
    }
}
