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
 * Vietnamese letters, except the counts still listed in {@link #DEBT} (parser errors, enum labels, official wording and
 * recognition vocabulary written before the bundles). A new literal fails, and so does a count that went down without
 * being struck here, so that the list only shrinks.
 */
class BundledTextTest {

    /** Files (under vn/tonghop) and how many Vietnamese literals they still hold. */
    static final Map<String, Integer> DEBT = Map.ofEntries(Map.entry("campaign/PeriodChoice.java", 5),
            Map.entry("campaign/ReportingPeriod.java", 5), Map.entry("campaign/Urgency.java", 3),
            Map.entry("demo/DemoData.java", 46), Map.entry("export/AnnexTables.java", 2),
            Map.entry("export/AnnexValues.java", 2), Map.entry("export/BlankFormService.java", 4),
            Map.entry("export/IssuingBody.java", 3), Map.entry("export/ReportFileName.java", 1),
            Map.entry("export/RequestLetterService.java", 58), Map.entry("export/docx/HeaderBlockWriter.java", 11),
            Map.entry("export/docx/SignatureWriter.java", 1), Map.entry("export/docx/TitleWriter.java", 1),
            Map.entry("export/sheet/XlsxWriter.java", 2), Map.entry("platform/i18n/Formats.java", 2),
            Map.entry("regime/RegimePeriod.java", 5), Map.entry("rollup/OfficialAnnex.java", 3),
            Map.entry("rollup/RollupExportService.java", 7), Map.entry("rollup/UnitsTableAssembler.java", 1),
            Map.entry("rollup/synthesis/ExtractiveDrafter.java", 1), Map.entry("rollup/synthesis/Statement.java", 24),
            Map.entry("submission/SubmissionForm.java", 2), Map.entry("submission/SubmissionGrids.java", 2),
            Map.entry("submission/WorkbookValues.java", 4), Map.entry("template/AnnexNote.java", 4),
            Map.entry("template/CellValues.java", 2), Map.entry("template/FormulaEngine.java", 12),
            Map.entry("template/OutlineExtension.java", 6), Map.entry("template/TemplateSerializer.java", 1),
            Map.entry("template/model/ColumnType.java", 6), Map.entry("template/model/Frequency.java", 4),
            Map.entry("template/model/NumberingStyle.java", 6), Map.entry("template/model/PeriodOffset.java", 2),
            Map.entry("template/model/ReportType.java", 3), Map.entry("template/model/RollupRule.java", 7),
            Map.entry("template/model/RowModel.java", 3), Map.entry("template/model/SectionKind.java", 3),
            Map.entry("template/model/Severity.java", 2), Map.entry("template/model/TableDef.java", 3),
            Map.entry("template/model/UnitLevel.java", 6), Map.entry("template/outlineimport/ColumnTyper.java", 32),
            Map.entry("template/outlineimport/DocxReader.java", 5),
            Map.entry("template/outlineimport/HeaderReader.java", 1),
            Map.entry("template/outlineimport/HeadingRules.java", 3),
            Map.entry("template/outlineimport/OutlineImporter.java", 1),
            Map.entry("template/outlineimport/ParsedOutline.java", 4),
            Map.entry("template/outlineimport/RowReader.java", 11),
            Map.entry("template/outlineimport/TableRecognizer.java", 1),
            Map.entry("template/outlineimport/UnitWords.java", 10),
            Map.entry("template/outlineimport/XlsxReader.java", 2), Map.entry("unit/UnitKind.java", 6));

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
