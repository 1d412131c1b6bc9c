package vn.tonghop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No Java string literal outside a {@code @MessageBundle} interface carries Vietnamese letters: each kind of text has
 * its home outside the code, and {@link #DEBT} is empty (a new literal fails).
 * <ul>
 * <li>UI text: the features' message bundles ({@code @MessageBundle} interfaces, English in
 * messages/&lt;name&gt;_en.properties, kept in sync by MessageBundleKeysTest).</li>
 * <li>Official-document wording: documents/wording_vi.properties, read through
 * {@link vn.tonghop.platform.i18n.DocumentWording}. Documents are issued in Vietnamese whatever language the screen
 * uses (the Decree 30/2020 header and foot, the urgency marks, the request letter's standard body, the report's and
 * annexes' fixed lines, the template's default row labels), so this wording has no English twin.</li>
 * <li>Recognition vocabulary: vocabulary/words_vi.properties, read through {@link vn.tonghop.platform.i18n.Vocabulary}:
 * the words matched in what people upload or type (the outline importer's, yes/no in a cell, the period labels
 * {@code ReportingPeriod} reads and {@code PeriodChoice} writes, the unit kinds).</li>
 * <li>Demo data: the files under demo/ read by {@code demo/DemoData}, which is not built into production.</li>
 * </ul>
 * WordingKeysTest checks that every key the code asks for exists and every key in the two files is used.
 */
class BundledTextTest {

    /** Files (under vn/tonghop) and how many Vietnamese literals they still hold. */
    static final Map<String, Integer> DEBT = Map.of();

    private static final Pattern VIETNAMESE = Pattern
            .compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
                    + "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");

    @Test
    void vietnameseTextIsOnlyInBundles() throws IOException {
        Path root = Path.of("src/main/java/vn/tonghop");
        TreeMap<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("@MessageBundle")) {
                    continue;
                }
                String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll("")).replaceAll("");
                int count = (int) LITERAL.matcher(code).results().filter(m -> VIETNAMESE.matcher(m.group()).find())
                        .count();
                if (count > 0) {
                    found.put(root.relativize(file).toString(), count);
                }
            }
        }
        assertEquals(new TreeMap<>(DEBT), found,
                "Vietnamese literals outside the message bundles: UI text goes into"
                        + " the feature's bundle (messages/<name>_en.properties too), document wording into"
                        + " documents/wording_vi.properties, recognised words into vocabulary/words_vi.properties");
    }
}
