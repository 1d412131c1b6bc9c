package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * The type of a column from its title, its groups and what the file holds under it, and the two columns a "Tỷ lệ"
 * column divides when its title says so ("Tỷ lệ giải quyết đúng hạn" over "đúng hạn" and "quá hạn").
 */
final class ColumnTyper {

    /** "a|b|c|d" read as a → b, c → d. */
    private static Map<String, String> pairs(List<String> words) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            m.put(words.get(i), words.get(i + 1));
        }
        return Map.copyOf(m);
    }

    private static final Pattern PERCENT = Pattern.compile(Vocabulary.word("columns.percent"));
    private static final Pattern TEXT = Pattern.compile(Vocabulary.word("columns.text"),
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Text unless the groups above say the column counts ("Số lượng công chức … | … do các cơ quan cử đến"). */
    private static final Pattern WEAK_TEXT = Pattern.compile(Vocabulary.word("columns.weakText"));
    private static final Pattern DATE = Pattern.compile(Vocabulary.word("columns.date"));
    private static final Pattern NUMBER = Pattern.compile(Vocabulary.word("columns.number"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> STOP = Set.copyOf(Vocabulary.words("columns.stopWords"));
    private static final Map<String, String> COMPLEMENT = pairs(Vocabulary.words("columns.complements"));

    private ColumnTyper() {
    }

    /**
     * @param values
     *            the non-empty cells under the column
     * @param statistics
     *            the table counts things (some title or group speaks of numbers)
     */
    static String type(String title, List<String> groups, List<Grid.Cell> values, boolean statistics) {
        if (PERCENT.matcher(title).matches()) {
            return "percent";
        }
        boolean anyText = values.stream()
                .anyMatch(v -> v.number() == null && v.formula() == null && !v.text().strip().matches("[-+]?[0-9.,]+"));
        boolean anyFraction = values.stream().anyMatch(v -> v.number() != null && v.number() % 1 != 0);
        boolean numberWords = NUMBER.matcher(title).matches()
                || groups.stream().anyMatch(g -> NUMBER.matcher(g).matches());
        if (TEXT.matcher(title).matches() || anyText || WEAK_TEXT.matcher(title).matches() && !numberWords) {
            return "text";
        }
        if (DATE.matcher(title).matches()) {
            return "date";
        }
        if (anyFraction) {
            return "decimal";
        }
        return numberWords || statistics || !values.isEmpty() ? "integer" : "text";
    }

    static boolean statistics(List<String> titles) {
        return titles.stream().anyMatch(t -> NUMBER.matcher(t).matches());
    }

    /** The formula of a ratio column from the titles of its numeric neighbours, or null when it cannot be seen. */
    static String ratioFormula(OutlineDraft.ColumnDraft ratio, List<OutlineDraft.ColumnDraft> columns) {
        List<OutlineDraft.ColumnDraft> numbers = new ArrayList<>();
        for (OutlineDraft.ColumnDraft c : columns) {
            if (c != ratio && (c.type().equals("integer") || c.type().equals("decimal")) && c.formula() == null) {
                numbers.add(c);
            }
        }
        Set<String> wanted = words(ratio.title());
        OutlineDraft.ColumnDraft numerator = null;
        int best = 0;
        for (OutlineDraft.ColumnDraft c : numbers) {
            Set<String> common = words(c.title());
            common.retainAll(wanted);
            int score = common.size() * 10 + shared(c.groups(), ratio.groups());
            if (!common.isEmpty() && score > best) {
                best = score;
                numerator = c;
            }
        }
        if (numerator == null) {
            return null;
        }
        String denominator = null;
        String lowered = HeaderReader.lower(numerator.title());
        for (Map.Entry<String, String> e : COMPLEMENT.entrySet()) {
            if (lowered.contains(e.getKey()) && !lowered.contains(e.getValue())) {
                String other = lowered.replace(e.getKey(), e.getValue());
                OutlineDraft.ColumnDraft complement = null;
                for (OutlineDraft.ColumnDraft c : numbers) {
                    if (c != numerator
                            && (HeaderReader.lower(c.title()).equals(other)
                                    || HeaderReader.lower(c.title()).endsWith(e.getValue()))
                            && (complement == null || shared(c.groups(),
                                    numerator.groups()) > shared(complement.groups(), numerator.groups()))) {
                        complement = c;
                    }
                }
                if (complement != null) {
                    denominator = "(" + numerator.code() + " + " + complement.code() + ")";
                }
            }
            if (denominator != null) {
                break;
            }
        }
        if (denominator == null) {
            for (OutlineDraft.ColumnDraft c : numbers) {
                if (c != numerator && HeaderReader.lower(c.title()).startsWith(Vocabulary.word("columns.totalPrefix"))
                        && c.groups().equals(numerator.groups())) {
                    denominator = c.code();
                    break;
                }
            }
        }
        if (denominator == null) {
            return null;
        }
        String bare = denominator.startsWith("(") ? denominator.substring(1, denominator.length() - 1) : denominator;
        return bare + " == 0 ? null : " + numerator.code() + " * 100 / " + denominator;
    }

    private static int shared(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : HeaderReader.lower(title).split("[\\s,;:()/]+")) {
            if (!w.isBlank() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
