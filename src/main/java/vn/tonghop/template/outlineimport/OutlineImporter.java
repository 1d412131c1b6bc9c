package vn.tonghop.template.outlineimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.tonghop.attachment.AttachmentConfig;
import vn.tonghop.attachment.FileKind;
import vn.tonghop.attachment.OfficeFiles;
import vn.tonghop.attachment.Sizes;
import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.TemplateErrorMessages;
import vn.tonghop.template.TemplateParseResult;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.TemplateSerializer;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.outlineimport.OutlineDraft.Warning;

/**
 * Turns the Word đề cương or Excel phụ lục an official received into a template draft and its YAML. Nothing is stored:
 * the official checks the draft in the builder and saves it as a template version there.
 */
@ApplicationScoped
public class OutlineImporter {

    /** The result: YAML the parser accepts, what was not understood, and the draft for the builder. */
    public record Imported(String yaml, List<Warning> warnings, OutlineDraft outline, List<SourceBlock> source) {
    }

    /** A refused file: why, in the user's language. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    @Inject
    AttachmentConfig limits;

    private final TemplateParser parser = new TemplateParser();

    /** Largest file read (the attachments' limit); a larger one is refused before it is read. */
    public int maxBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 1, limits.maxSize().asLongValue());
    }

    public Imported importFile(String fileName, byte[] bytes, String code, ImportMessages msg,
            TemplateErrorMessages words) throws RefusedException {
        String name = fileName == null || fileName.isBlank() ? msg.unnamedFile() : fileName;
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException(msg.emptyFile(name));
        }
        long max = limits.maxSize().asLongValue();
        if (bytes.length > max) {
            throw new RefusedException(msg.tooLarge(name, Sizes.human(max)));
        }
        FileKind kind;
        try {
            kind = OfficeFiles.recognise(bytes, limits.maxUnpackedSize().asLongValue());
        } catch (OfficeFiles.RefusedException e) {
            throw new RefusedException(switch (e.refusal()) {
                case NOT_DOCUMENT -> msg.notDocument(name);
                case LEGACY -> msg.legacy(name);
                case ENCRYPTED -> msg.encrypted(name);
                case MACRO -> msg.macro(name);
                case BOMB -> msg.bomb(name);
                case DAMAGED -> msg.damaged(name);
            });
        }
        List<Warning> warnings = new ArrayList<>();
        String baseName = name.replaceFirst("\\.[^.]+$", "");
        String templateCode = code == null || code.isBlank() ? null : code.strip();
        OutlineDraft draft;
        List<SourceBlock> source = new ArrayList<>();
        try {
            draft = kind == FileKind.DOCX ? fromWord(bytes, templateCode, baseName, msg, warnings, source)
                    : fromExcel(bytes, templateCode, baseName, msg, warnings, source);
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(msg.damaged(name));
        }
        if (draft.sections().isEmpty()) {
            throw new RefusedException(msg.nothingFound(name));
        }
        if (draft.code() == null) {
            draft = withCode(draft, Slugs.hyphens().next(draft.title(), null, "mau-de-cuong"));
        }
        Imported checked = checked(draft, warnings, msg, words);
        return new Imported(checked.yaml(), checked.warnings(), checked.outline(), source);
    }

    /** A draft from the builder as YAML, with what the parser says about it. */
    public Imported fromDraft(OutlineDraft draft, ImportMessages msg, TemplateErrorMessages words) {
        return checked(draft, new ArrayList<>(), msg, words);
    }

    /** YAML from the advanced tab as a draft, or the parser's errors. */
    public TemplateParseResult parse(String yaml) {
        return parser.parse(yaml, "builder.yaml");
    }

    public OutlineDraft draftOf(OutlineTemplate template) {
        return DraftConversion.toDraft(template);
    }

    private Imported checked(OutlineDraft draft, List<Warning> warnings, ImportMessages msg,
            TemplateErrorMessages words) {
        String yaml = TemplateSerializer.toYaml(DraftConversion.toTemplate(draft));
        TemplateParseResult result = parser.parse(yaml, "import.yaml");
        result.errors()
                .forEach(e -> warnings.add(new Warning(msg.whereTemplate(), msg.templateCheck(e.message(words)))));
        OutlineDraft outline = result.isValid() ? DraftConversion.toDraft(result.template()) : draft;
        return new Imported(yaml, warnings, outline, List.of());
    }

    private static OutlineDraft fromWord(byte[] bytes, String code, String baseName, ImportMessages msg,
            List<Warning> warnings, List<SourceBlock> source) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            ParsedOutline parsed = DocxReader.read(doc, msg, warnings);
            source.addAll(parsed.blocks);
            if (parsed.sections.isEmpty() && !parsed.tables.isEmpty()) {
                warnings.add(new Warning(msg.whereTemplate(), msg.noSections()));
            }
            return parsed.toDraft(code, baseName, msg, warnings);
        }
    }

    private static OutlineDraft fromExcel(byte[] bytes, String code, String baseName, ImportMessages msg,
            List<Warning> warnings, List<SourceBlock> source) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            ParsedOutline parsed = new ParsedOutline();
            for (XlsxReader.SheetTable t : XlsxReader.read(wb, msg, warnings)) {
                parsed.addTable(t.grid(), t.titleLines());
                t.titleLines().forEach(l -> source.add(SourceBlock.of("annex", l)));
                source.add(SourceBlock.table(t.grid()));
            }
            List<String> firstTitles = parsed.tables.isEmpty() ? List.of() : parsed.tables.get(0).annexLines();
            String title = firstTitles.stream()
                    .filter(l -> !l.matches(Vocabulary.word("outline.annexTitle")) && !l.startsWith("(")).findFirst()
                    .orElse(baseName);
            parsed.title = HeaderReader.clean(title);
            return parsed.toDraft(code, baseName, msg, warnings);
        }
    }

    private static OutlineDraft withCode(OutlineDraft d, String code) {
        return new OutlineDraft(code, d.title(), d.description(), d.source(), d.reportType(), d.frequency(),
                d.sections(), d.tables(), d.anomalies());
    }

}
