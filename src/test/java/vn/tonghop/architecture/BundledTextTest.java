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
 * UI text lives in message bundles: no Java string literal outside a {@code @MessageBundle} interface carries
 * Vietnamese letters, except the counts still listed in {@link #DEBT}. A new literal fails, and so does a count that
 * went down without being struck here, so that the list only shrinks.
 * <p>
 * What is left is not UI text, and rightly stays with the code that uses it:
 * <ul>
 * <li>Official documents (export, export/docx, export/sheet, rollup's report and annexes, rollup/synthesis, the
 * template's annex note and default row labels): they are issued in Vietnamese whatever language the reader's screen
 * uses, so their wording is document content, not the portal's UI. This covers the Decree 30/2020 fixed wording ("CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "Kính gửi:", the urgency marks KHẨN,
 * THƯỢNG KHẨN, HỎA TỐC), the request letter's standard body and the reporting period's name ("Quý I/2017"), which is
 * stored with the campaign, printed in its documents and read back by {@code ReportingPeriod}.</li>
 * <li>Recognition vocabulary: words matched in what people write or upload, such as the outline importer's ("Tổng",
 * "Cộng", "Phụ lục", "STT"), the yes/no typed in a cell ("có", "không"), the period labels {@code ReportingPeriod}
 * reads and the unit kinds a unit file may name ({@code UnitKind}, whose labels also head the rollup's groups of
 * units).</li>
 * <li>Demo and seed data ({@code demo/DemoData}).</li>
 * </ul>
 */
class BundledTextTest {

    /** Files (under vn/tonghop) and how many Vietnamese literals they still hold. */
    static final Map<String, Integer> DEBT = Map.ofEntries(Map.entry("demo/DemoData.java", 46));

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
        assertEquals(new TreeMap<>(DEBT), found, "Vietnamese literals outside the message bundles: move new text into"
                + " the feature's bundle (messages/<name>_en.properties too); strike what was moved from DEBT");
    }
}
