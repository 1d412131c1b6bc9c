package vn.tonghop.rollup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.export.AnnexTables;
import vn.tonghop.export.ExportFile;
import vn.tonghop.export.IssuingBody;
import vn.tonghop.export.ReportFileName;
import vn.tonghop.export.RequestLetterService;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.BodyBlock;
import vn.tonghop.export.model.DocumentHead;
import vn.tonghop.export.model.OfficialDocument;
import vn.tonghop.export.model.Signature;
import vn.tonghop.export.sheet.CsvWriter;
import vn.tonghop.export.sheet.XlsxWriter;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.rollup.RollupView.NarrativeRollup;
import vn.tonghop.rollup.RollupView.TableRollup;
import vn.tonghop.template.AnnexNote;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;

/**
 * The consolidated report of a campaign as files: DOCX in the Decree 30/2020 layout (header block, "BÁO CÁO", the
 * consolidated text following the outline, signature, "Nơi nhận", then the annexes in landscape), XLSX with one sheet
 * per table, and CSV per table. Each part comes from one small builder; the writers do the layout.
 */
@ApplicationScoped
@Transactional
public class RollupExportService {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    RollupService rollups;

    @Inject
    AuditLog audit;

    @Inject
    ConsolidationService consolidation;

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    Messages messages;

    public ExportFile docx(long campaignId, RollupService.Options options) {
        Campaign c = rollups.requireReadable(campaignId);
        RollupView rollup = rollups.rollup(campaignId, options);
        ConsolidatedReport report = consolidation.find(campaignId);
        OfficialDocument document = document(c, rollup, report, templates.outline(c.template), options.collapse());
        String name = fileName(c, report, "docx");
        audit.export(c, name);
        return new ExportFile(name, DocxWriter.CONTENT_TYPE, new DocxWriter().write(document));
    }

    /**
     * The DOCX turned into a PDF by {@code converter} (the signing feature's LibreOffice), named and audited as PDF.
     */
    public ExportFile pdf(long campaignId, RollupService.Options options, UnaryOperator<byte[]> converter) {
        Campaign c = rollups.requireReadable(campaignId);
        RollupView rollup = rollups.rollup(campaignId, options);
        ConsolidatedReport report = consolidation.find(campaignId);
        OfficialDocument document = document(c, rollup, report, templates.outline(c.template), options.collapse());
        byte[] pdf = converter.apply(new DocxWriter().write(document));
        String name = fileName(c, report, "pdf");
        audit.export(c, name);
        return new ExportFile(name, "application/pdf", pdf);
    }

    public ExportFile xlsx(long campaignId, RollupService.Options options) {
        Campaign c = rollups.requireReadable(campaignId);
        RollupView rollup = rollups.rollup(campaignId, options);
        ConsolidatedReport report = consolidation.find(campaignId);
        List<Annex> annexes = new ArrayList<>();
        OutlineTemplate outline = templates.outline(c.template);
        for (TableRollup t : rollup.tables()) {
            outline.table(t.code()).ifPresent(def -> annexes.add(annex(def, t, c, report, options.collapse())));
        }
        String name = fileName(c, report, "xlsx");
        audit.export(c, name);
        return new ExportFile(name, XlsxWriter.CONTENT_TYPE, new XlsxWriter().writeAnnexes(annexes));
    }

    public ExportFile csv(long campaignId, String tableCode, RollupService.Options options) {
        Campaign c = rollups.requireReadable(campaignId);
        RollupView rollup = rollups.rollup(campaignId, options);
        OutlineTemplate outline = templates.outline(c.template);
        TableDef def = outline.table(tableCode).orElseThrow(() -> PortalException.notFound(messages.get().notFound()));
        TableRollup t = rollup.tables().stream().filter(x -> x.code().equals(tableCode)).findFirst().orElseThrow();
        String name = fileName(c, consolidation.find(campaignId), "csv").replaceFirst("\\.csv$",
                "-" + tableCode + ".csv");
        audit.export(c, name);
        return new ExportFile(name, CsvWriter.CONTENT_TYPE,
                new CsvWriter().write(annexTable(def, t, options.collapse())));
    }

    /** The consolidated report as a document: its parts, each built by one method. */
    OfficialDocument document(Campaign c, RollupView rollup, ConsolidatedReport report, OutlineTemplate outline,
            boolean collapse) {
        List<Annex> annexes = new ArrayList<>();
        for (TableRollup t : rollup.tables()) {
            outline.table(t.code()).ifPresent(def -> annexes.add(annex(def, t, c, report, collapse)));
        }
        List<BodyBlock> body = new ArrayList<>();
        String opening = RequestLetterService.reportOpening(c);
        if (opening != null) {
            body.add(new BodyBlock.Paragraph(opening, false));
        }
        body.addAll(body(outline, rollup.narratives()));
        return new OfficialDocument(head(c, report), DocumentWording.text("report.heading"), summary(c), List.of(),
                body, signature(c, report), distribution(report), annexes);
    }

    DocumentHead head(Campaign c, ConsolidatedReport report) {
        IssuingBody issuer = issuer(c);
        return new DocumentHead(issuer.superiorBody(), issuer.issuingBody(), report.reportNumber, null, issuer.place(),
                report.reportDate, null);
    }

    /** "Tình hình triển khai … quý I/2017": the campaign title without its leading "Báo cáo". */
    static String summary(Campaign c) {
        String title = c.title.trim();
        String lower = title.toLowerCase(VI);
        String phrase = DocumentWording.text("report.phrase") + " ";
        if (lower.startsWith(phrase)) {
            title = title.substring(phrase.length()).trim();
            title = title.substring(0, 1).toUpperCase(VI) + title.substring(1);
        }
        return title;
    }

    /** The outline in order: each heading, then the consolidated text of a narrative section. */
    static List<BodyBlock> body(OutlineTemplate outline, List<NarrativeRollup> narratives) {
        List<BodyBlock> body = new ArrayList<>();
        for (Section s : outline.flattenSections()) {
            body.add(new BodyBlock.Heading(s.heading(), s.depth()));
            if (s.kind() == SectionKind.TEXT) {
                narratives.stream().filter(n -> n.sectionCode().equals(s.code())).findFirst()
                        .map(NarrativeRollup::official).filter(text -> !text.isBlank())
                        .ifPresent(text -> body.add(new BodyBlock.Html(text)));
            } else if (s.kind() == SectionKind.TABLE && s.tableCode() != null) {
                outline.table(s.tableCode())
                        .ifPresent(t -> body.add(new BodyBlock.Paragraph(
                                DocumentWording.format("report.detailsIn", t.title() == null ? t.code() : t.title()),
                                true)));
            }
        }
        return body;
    }

    static Signature signature(Campaign c, ConsolidatedReport report) {
        Signature fallback = RequestLetterService.signature(c);
        return new Signature(report.signerCapacity != null ? report.signerCapacity : fallback.capacity(),
                report.signerTitle != null ? report.signerTitle : fallback.title(),
                report.signerName != null ? report.signerName : fallback.name());
    }

    static List<String> distribution(ConsolidatedReport report) {
        if (report.distribution == null || report.distribution.isBlank()) {
            return DocumentWording.words("document.distribution");
        }
        return report.distribution.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("-") ? l.substring(1).strip() : l).toList();
    }

    Annex annex(TableDef def, TableRollup t, Campaign c, ConsolidatedReport report, boolean collapse) {
        Annex a = AnnexTables.annex(def, annexTable(def, t, collapse));
        return new Annex(a.heading(), a.title(), note(def, c, report), a.table());
    }

    /** "(Kèm theo Báo cáo số 120/BC-UBND ngày 25/4/2017 của UBND thị xã Bỉm Sơn)": the consolidated report's own. */
    static String note(TableDef def, Campaign c, ConsolidatedReport report) {
        return AnnexNote.of(def.notes(), report.reportNumber, report.reportDate, c.issuerUnit.name);
    }

    /**
     * The official annex of a table rollup: the form's rows and totals with values lined up with the template's
     * columns, and a footnote naming the units whose figures are missing (see {@link OfficialAnnex}).
     */
    static AnnexTable annexTable(TableDef def, TableRollup t, boolean collapse) {
        List<AnnexRow> rows = new ArrayList<>();
        for (RollupLayout.Row r : OfficialAnnex.rows(t, collapse)) {
            rows.add(new AnnexRow(r.kind(), r.ordinal(), r.label(), values(def, r.cells()), r.depth(), null));
        }
        return AnnexTables.of(def, rows).withFootnote(OfficialAnnex.footnote(t, collapse));
    }

    private static List<Object> values(TableDef def, Map<String, Object> cells) {
        List<Object> out = new ArrayList<>();
        for (Column col : def.columns()) {
            out.add(cells == null ? null : cells.get(col.code()));
        }
        return out;
    }

    IssuingBody issuer(Campaign c) {
        Unit parent = units.placementOn(c.issuerUnit, units.effectiveDay(c.issuerUnit, c.referenceDay()))
                .map(p -> p.parent).orElse(null);
        return IssuingBody.of(c.issuerUnit, parent);
    }

    /** From the consolidated report's own number, the issuer and the period: "BC-120-UBND-Bỉm-Sơn-Q1-2017.docx". */
    String fileName(Campaign c, ConsolidatedReport report, String extension) {
        return ReportFileName.of(report.reportNumber, issuer(c).place(), c.periodStart, c.periodEnd, c.periodLabel,
                extension);
    }
}
