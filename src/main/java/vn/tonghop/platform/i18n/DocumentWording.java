package vn.tonghop.platform.i18n;

import java.util.List;
import java.util.Set;

/**
 * The fixed wording of the official documents the portal issues (letters, reports, annexes, forms), in
 * documents/wording_vi.properties: documents are issued in Vietnamese whatever language the screen uses, so this is
 * document content, not UI text. Keys start with the document part they word ("header.", "letter.", "report.",
 * "annex.", …); {0}, {1} stand for the values put in (no MessageFormat: apostrophes are plain text). WordingKeysTest
 * checks that every key used exists.
 */
public final class DocumentWording {

    static final String RESOURCE = "documents/wording_vi.properties";
    private static final TextFile FILE = new TextFile(RESOURCE);

    private DocumentWording() {
    }

    public static String text(String key) {
        return FILE.text(key);
    }

    public static String format(String key, Object... args) {
        return FILE.format(key, args);
    }

    public static List<String> words(String key) {
        return FILE.words(key);
    }

    static Set<String> keys() {
        return FILE.keys();
    }
}
