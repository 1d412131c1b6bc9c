package vn.tonghop.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Vietnamese-only properties file on the class path (UTF-8), read once: the wording of official documents and the
 * vocabulary matched in what people upload are not UI text, so they have no English twin in a message bundle. A missing
 * file or key fails at once, naming both.
 */
final class TextFile {

    private final String resource;
    private final Map<String, String> values;

    TextFile(String resource) {
        this.resource = resource;
        Properties p = new Properties();
        try (InputStream in = TextFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("text file not found on the class path: " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("text file unreadable: " + resource, e);
        }
        TreeMap<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        this.values = Map.copyOf(map);
    }

    String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("key '" + key + "' missing from " + resource);
        }
        return v;
    }

    /** A list written "a|b|c", each item as written (spaces around the bars are dropped). */
    List<String> words(String key) {
        return Arrays.stream(text(key).split("\\|", -1)).map(String::strip).toList();
    }

    /** {0}, {1}, … replaced by the arguments in one pass; every other character, apostrophes and braces too, as is. */
    String format(String key, Object... args) {
        return fill(key, text(key), args);
    }

    static String fill(String key, String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            int close = ch == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                if (n >= args.length) {
                    throw new IllegalArgumentException("'" + key + "' wants argument {" + n + "}");
                }
                out.append(args[n]);
                i = close + 1;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    Set<String> keys() {
        return values.keySet();
    }
}
