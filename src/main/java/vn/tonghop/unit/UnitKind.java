package vn.tonghop.unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * Kinds of administrative units. The level groups units the way annex tables do (district level, commune level),
 * whatever their depth in the tree: after 1 July 2025 communes sit directly under the province.
 */
public enum UnitKind {
    MINISTRY(0, Vocabulary.word("unitKind.ministry")), PROVINCE(1, Vocabulary.word("unitKind.province")),
    DEPARTMENT(2, Vocabulary.word("unitKind.department")), DISTRICT(2, Vocabulary.word("unitKind.district")),
    COMMUNE(3, Vocabulary.word("unitKind.commune")), OFFICE(4, Vocabulary.word("unitKind.office"));

    private final int level;
    private final String label;

    UnitKind(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase());
    }

    /** Words of the labels that name exactly one kind ("xã", "phường", "huyện"...); "thành phố" names two. */
    private static final Map<String, UnitKind> WORDS = words();

    /**
     * Reads a kind as people write it in a file: its name (COMMUNE), its whole Vietnamese label, or one word of the
     * label that names only this kind (xã, phường, huyện, sở...). Case and Unicode composition do not matter.
     */
    public static Optional<UnitKind> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(text);
        for (UnitKind kind : values()) {
            if (kind.name().equalsIgnoreCase(key) || normalise(kind.label).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(WORDS.get(key));
    }

    private static Map<String, UnitKind> words() {
        Map<String, UnitKind> words = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (UnitKind kind : values()) {
            Arrays.stream(kind.label.split(",")).map(UnitKind::normalise).forEach(w -> {
                words.put(w, kind);
                uses.merge(w, 1, Integer::sum);
            });
        }
        uses.forEach((w, n) -> {
            if (n > 1) {
                words.remove(w);
            }
        });
        return Map.copyOf(words);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
