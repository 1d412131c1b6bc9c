package vn.tonghop.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key the code asks {@link DocumentWording} or {@link Vocabulary} for exists in its file, every key in the files
 * is used, and keys are always written as literals (so that this check sees them all).
 */
class WordingKeysTest {

    private static final Pattern DOCUMENT_CALL = Pattern.compile("DocumentWording\\s*\\.\\s*(?:text|format|words)\\(");
    private static final Pattern VOCABULARY_CALL = Pattern.compile("Vocabulary\\s*\\.\\s*(?:word|words|format)\\(");
    private static final Pattern KEY = Pattern.compile("\\G\\s*\"([^\"]+)\"");

    @Test
    void documentKeysExistAndAreUsed() throws IOException {
        check(DOCUMENT_CALL, DocumentWording.keys());
    }

    @Test
    void vocabularyKeysExistAndAreUsed() throws IOException {
        check(VOCABULARY_CALL, Vocabulary.keys());
    }

    @Test
    void placeholdersAreFilledInOnePass() {
        assertEquals("a {1} b 'c'", TextFile.fill("probe", "a {0} b 'c'", "{1}"));
    }

    private static void check(Pattern call, Set<String> keys) throws IOException {
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> notLiteral = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher m = call.matcher(source);
            while (m.find()) {
                Matcher k = KEY.matcher(source);
                k.region(m.end(), source.length());
                if (k.find()) {
                    used.add(k.group(1));
                } else {
                    notLiteral.add(file.getFileName() + ": " + source.substring(m.start(), m.end() + 20));
                }
            }
        }
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "keys used but missing from the file");
        TreeSet<String> unused = new TreeSet<>(keys);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in the file that no code uses");
        assertEquals(Set.of(), notLiteral, "write keys as string literals");
    }
}
