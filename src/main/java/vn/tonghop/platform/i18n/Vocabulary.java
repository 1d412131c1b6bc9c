package vn.tonghop.platform.i18n;

import java.util.List;
import java.util.Set;

/**
 * Words matched in what people upload or type (the outline importer's, yes/no in a cell, period labels, unit kinds), in
 * vocabulary/words_vi.properties: they are recognised, not shown, so they have no English twin. Lists are written
 * "a|b|c". WordingKeysTest checks that every key used exists.
 */
public final class Vocabulary {

    static final String RESOURCE = "vocabulary/words_vi.properties";
    private static final TextFile FILE = new TextFile(RESOURCE);

    private Vocabulary() {
    }

    public static String word(String key) {
        return FILE.text(key);
    }

    public static List<String> words(String key) {
        return FILE.words(key);
    }

    public static String format(String key, Object... args) {
        return FILE.format(key, args);
    }

    static Set<String> keys() {
        return FILE.keys();
    }
}
