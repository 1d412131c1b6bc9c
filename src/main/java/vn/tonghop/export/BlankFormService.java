package vn.tonghop.export;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.Attachment;
import vn.tonghop.export.model.OfficialDocument;
import vn.tonghop.export.sheet.XlsxWriter;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/** The blank outline (DOCX) and blank tables (XLSX) of a template, for those who print and fill by hand. */
@ApplicationScoped
@Transactional
public class BlankFormService {

    @Inject
    TemplateLibrary templates;

    @Inject
    Messages messages;

    /** The newest version (or the given one) of a template my tenant may use; 404 otherwise. */
    public OutlineTemplate template(String code, Integer version) {
        TemplateVersion v = (version == null ? templates.latest(code) : templates.version(code, version))
                .orElseThrow(() -> PortalException.notFound(text().templateNotFound(code)));
        return templates.outline(v);
    }

    public ExportFile outlineDocx(String code, Integer version) {
        return outlineDocx(template(code, version));
    }

    public ExportFile tablesXlsx(String code, Integer version) {
        return tablesXlsx(template(code, version));
    }

    /** The blank outline of a template, stored or not (the builder's unsaved draft). */
    public ExportFile outlineDocx(OutlineTemplate t) {
        return new ExportFile(DocumentWording.format("form.fileName.outline", t.code()), DocxWriter.CONTENT_TYPE,
                new DocxWriter().write(outline(t)));
    }

    /** The blank tables of a template, stored or not; 404 when it has none. */
    public ExportFile tablesXlsx(OutlineTemplate t) {
        if (t.tables().isEmpty()) {
            throw PortalException.notFound(text().templateHasNoTables(t.code()));
        }
        return new ExportFile(DocumentWording.format("form.fileName.sheet", t.code()), XlsxWriter.CONTENT_TYPE,
                new XlsxWriter().write(tables(t)));
    }

    /** "ĐỀ CƯƠNG", the report's title, where the outline comes from, the numbered sections, then each blank annex. */
    public static OfficialDocument outline(OutlineTemplate t) {
        String note = t.source() == null || t.source().isBlank() ? null
                : DocumentWording.format("outline.attachedTo", t.source().trim());
        List<Annex> annexes = new ArrayList<>();
        for (TableDef table : t.tables()) {
            annexes.add(AnnexTables.annex(table, AnnexTables.blank(table)));
        }
        Attachment outline = new Attachment(DocumentWording.text("outline.heading"), t.title(), note,
                OutlineBlocks.of(t));
        return new OfficialDocument(null, null, null, List.of(), List.of(), null, List.of(), annexes, List.of(outline));
    }

    public static List<AnnexTable> tables(OutlineTemplate t) {
        return t.tables().stream().map(AnnexTables::blank).toList();
    }

    private ExportMessages text() {
        return "en".equals(messages.locale().getLanguage())
                ? MessageBundles.get(ExportMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ExportMessages.class);
    }
}
