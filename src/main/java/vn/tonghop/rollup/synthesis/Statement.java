package vn.tonghop.rollup.synthesis;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * A sentence of one unit with what makes it comparable to other units' sentences: the unit's own name replaced by a
 * placeholder, its words without the figures (the skeleton), and the figures that may be added up.
 */
final class Statement {

    static final String UNIT = "\u0000DV\u0000";
    /** Vietnamese figures: 1.315 (thousands with dots), 98,5 (decimal comma), 120. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d/.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(,\\d+)?(?![\\d/])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d#]+");
    /** Words before a figure that make it a date, an ordinal or a name, never a count to add up. */
    private static final Set<String> NOT_COUNTS = Set.copyOf(Vocabulary.words("synthesis.notCounts"));
    private static final String PERCENT = Vocabulary.word("synthesis.percent");
    /** The kinds below a province whose word may stand before a unit's name ("phường Ba Đình"). */
    private static final String LOCAL_KINDS = String.join("|", Vocabulary.words("synthesis.localKinds"));
    private static final String PROVINCE_KIND = Vocabulary.word("synthesis.provinceKind");
    private static final String COMMITTEE = String.join("|", Vocabulary.words("synthesis.committee"));

    final SourceText source;
    final int position;
    final double relativePosition;
    final String original;
    /** The sentence with the unit's own name replaced by {@link #UNIT}. */
    final String text;
    final List<String> skeleton;
    final Set<String> words;
    /** The figures in order, each a count that may be summed or {@code null} where it must stay as written. */
    final List<BigDecimal> counts;
    final List<int[]> spans;

    Statement(SourceText source, String sentence, int position, int of) {
        this.source = source;
        this.position = position;
        this.relativePosition = of <= 1 ? 0 : (double) position / (of - 1);
        this.original = sentence;
        this.text = placeholder(sentence, source.unitName());
        this.counts = new ArrayList<>();
        this.spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        StringBuilder skeletonText = new StringBuilder();
        int last = 0;
        while (m.find()) {
            skeletonText.append(text, last, m.start()).append(" # ");
            last = m.end();
            spans.add(new int[] { m.start(), m.end() });
            counts.add(isCount(m) ? new BigDecimal(m.group(1).replace(".", "")) : null);
        }
        skeletonText.append(text.substring(last));
        this.skeleton = tokens(skeletonText.toString());
        this.words = new LinkedHashSet<>(skeleton);
    }

    private boolean isCount(Matcher m) {
        if (m.group(2) != null) {
            return false;
        }
        String after = text.substring(m.end()).stripLeading();
        if (after.startsWith("%") || after.startsWith("/") || after.toLowerCase(Locale.ROOT).startsWith(PERCENT)) {
            return false;
        }
        List<String> before = tokens(text.substring(Math.max(0, m.start() - 24), m.start()));
        return before.isEmpty() || !NOT_COUNTS.contains(before.get(before.size() - 1));
    }

    /** Same words in the same order, figures aside. */
    boolean sameShape(Statement other) {
        return skeleton.equals(other.skeleton) && counts.size() == other.counts.size();
    }

    double similarity(Statement other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        long common = words.stream().filter(other.words::contains).count();
        return (double) common / (words.size() + other.words.size() - common);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** "UBND phường Ba Đình", "Phường Ba Đình" or "Ba Đình" after its kind: the unit itself, not a word to compare. */
    static String placeholder(String sentence, String unitName) {
        if (unitName == null || unitName.isBlank()) {
            return sentence;
        }
        String name = unitName.strip();
        String bare = name.replaceFirst("(?iu)^(ubnd\\s+)?(" + LOCAL_KINDS + "|" + PROVINCE_KIND + ")\\s+", "");
        Pattern p = Pattern.compile("(?iu)(" + COMMITTEE + ")?\\s*(" + Pattern.quote(name) + "|" + "(" + LOCAL_KINDS
                + ")\\s+" + Pattern.quote(bare) + ")");
        return p.matcher(Normalizer.normalize(sentence, Normalizer.Form.NFC)).replaceAll(" " + UNIT).strip();
    }
}
