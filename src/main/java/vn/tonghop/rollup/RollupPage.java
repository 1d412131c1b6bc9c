package vn.tonghop.rollup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.Submission;
import vn.tonghop.export.RequestLetterService;
import vn.tonghop.export.docx.HeaderBlockWriter;
import vn.tonghop.export.model.DocumentHead;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/**
 * The provincial viewer's and the district office's consolidation page: completeness with a chart, the annex tables
 * with groups and totals (drill-down to a district's relay and to each report), the narratives with the issuer's
 * consolidated text, and the files.
 */
@Path("/campaigns/{id}/rollup")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class RollupPage {

    /** A table rollup with what the page needs to draw it: its grouped header and its printed rows. */
    public record TableLayout(RollupView.TableRollup data, List<List<HeaderCell>> headerRows,
            List<RollupLayout.Row> rows, String note, String footnote) {

        TableLayout(RollupView.TableRollup data, List<List<HeaderCell>> headerRows, List<RollupLayout.Row> rows) {
            this(data, headerRows, rows, data.notes(), null);
        }
    }

    /** The Decree 30 header block and opening of the print view, from the campaign and its consolidated report. */
    public record PrintHead(DocumentHead head, String numberLine, String placeDate, String summary, String opening) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rollup(RollupView rollup, List<TableLayout> tables, boolean canManage,
                ConsolidatedReport report, String upward, List<String> errors, Integer autoCollapsed,
                List<OwnRowForms.OwnRow> ownRows);

        static native TemplateInstance print(RollupView rollup, List<TableLayout> tables, ConsolidatedReport report,
                PrintHead head);
    }

    @Inject
    RollupService rollups;

    @Inject
    AuditLog audit;

    @Inject
    ConsolidationService consolidation;

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    TemplateLibrary templates;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    IssuerOwnReportService issuerOwn;

    @Inject
    RollupExportService exports;

    /**
     * Unit rows above which the page first shows one row per district (a national rollup has some 11,000); the links on
     * the page then say which the reader wants.
     */
    @ConfigProperty(name = "tonghop.rollup.page-rows", defaultValue = "2000")
    int pageRows;

    /** {@code collapse} absent: one row per district when every unit's row would make the page too long. */
    @GET
    public TemplateInstance page(@PathParam("id") long id, @RestQuery boolean drafts, @RestQuery Boolean collapse) {
        TemplateInstance page = page(id, drafts, collapse, List.of());
        Campaign.<Campaign> findByIdOptional(id).ifPresent(c -> audit.campaign(AuditAction.VIEW, c));
        return flash.page(page);
    }

    private TemplateInstance page(long id, boolean drafts, Boolean collapse, List<String> errors) {
        Campaign c = rollups.requireReadable(id);
        RollupView rollup = rollups.rollup(id, new RollupService.Options(drafts, Boolean.TRUE.equals(collapse)));
        Integer autoCollapsed = null;
        int rows = unitRows(rollup);
        if (collapse == null && rows > pageRows) {
            RollupView collapsed = rollups.rollup(id, new RollupService.Options(drafts, true));
            if (unitRows(collapsed) < rows) {
                rollup = collapsed;
                autoCollapsed = rows;
            }
        }
        boolean canManage = campaigns.canManage(c);
        ConsolidatedReport report = consolidation.find(id);
        List<OwnRowForms.OwnRow> ownRows = canManage ? issuerOwn.ownRows(c, report.content()) : List.of();
        return Templates.rollup(rollup, layouts(c, rollup), canManage, report, upwardPath(c), errors, autoCollapsed,
                ownRows);
    }

    @GET
    @Path("print")
    public TemplateInstance print(@PathParam("id") long id, @RestQuery boolean drafts, @RestQuery boolean collapse) {
        Campaign c = rollups.requireReadable(id);
        RollupView rollup = rollups.rollup(id, new RollupService.Options(drafts, collapse));
        ConsolidatedReport report = consolidation.find(id);
        DocumentHead head = exports.head(c, report);
        PrintHead printHead = new PrintHead(head, HeaderBlockWriter.numberLine(head.number()),
                HeaderBlockWriter.placeAndDate(head.place(), head.date()), RollupExportService.summary(c),
                RequestLetterService.reportOpening(c));
        return messages.localise(Templates.print(rollup, officialLayouts(c, rollup, report), report, printHead));
    }

    /** The rows of the longest table of units: what makes the page long. */
    private static int unitRows(RollupView rollup) {
        return rollup.tables().stream().mapToInt(t -> t.groups().stream().mapToInt(g -> g.rows().size()).sum()).max()
                .orElse(0);
    }

    /** Saves the consolidated texts ({@code section.<code>}) and the report's letter data (issuer only). */
    @POST
    @Path("consolidated")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveConsolidated(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> sections = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("section.") && !values.isEmpty()) {
                sections.put(name.substring("section.".length()), values.get(0));
            }
        });
        try {
            consolidation.save(id, new SubmissionContent(sections, null, null),
                    new ConsolidationService.Letter(form.getFirst("reportNumber"), date(form.getFirst("reportDate")),
                            form.getFirst("signerName"), form.getFirst("signerTitle"), form.getFirst("signerCapacity"),
                            form.getFirst("distribution")),
                    OwnRowForms.version(form.getFirst("version")));
        } catch (PortalException e) {
            return flash.refused(e.status(),
                    vn.tonghop.platform.web.Refusals.render(() -> page(id, false, null, e.messages())));
        }
        return flash.redirect("/campaigns/" + id + "/rollup#narratives",
                messages.bundle(RollupMessages.class).consolidatedSaved());
    }

    /** Saves the issuer's own rows ({@code cell.TABLE.COLUMN}); rules broken are stored and listed on the page. */
    @POST
    @Path("own-row")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOwnRow(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Campaign c = rollups.requireReadable(id);
        List<vn.tonghop.submission.SubmissionIssue> issues;
        try {
            ConsolidatedReport r = consolidation.save(id, OwnRowForms.content(c, templates.outline(c.template), form),
                    null, OwnRowForms.version(form.getFirst("version")));
            issues = issuerOwn.issues(c, r.content());
        } catch (PortalException e) {
            return flash.refused(e.status(),
                    vn.tonghop.platform.web.Refusals.render(() -> page(id, false, null, e.messages())));
        }
        RollupMessages text = messages.bundle(RollupMessages.class);
        return flash.redirect("/campaigns/" + id + "/rollup#own-rows",
                issues.isEmpty() ? text.ownRowSaved() : text.ownRowSavedWithIssues(issues.size()));
    }

    /** Fills the issuer's own report to the parent campaign from this consolidation, then opens it. */
    @POST
    @Path("fill-upward")
    public Response fillUpward(@PathParam("id") long id) {
        Campaign c = rollups.requireReadable(id);
        if (c.parent == null) {
            throw PortalException.notFound(messages.get().notFound());
        }
        Submission own = submissions.find(c.parent.id, c.issuerUnit.code);
        try {
            consolidation.fillFromChildren(c.parent.id, c.issuerUnit.code, own.version);
        } catch (PortalException e) {
            return flash.refused(e.status(),
                    vn.tonghop.platform.web.Refusals.render(() -> page(id, false, null, e.messages())));
        }
        return flash.redirect("/campaigns/" + c.parent.id + "/submissions/" + c.issuerUnit.code,
                messages.bundle(RollupMessages.class).filledUpward());
    }

    /** Where the issuer's own report to the parent campaign lives, when this campaign is a relay. */
    private String upwardPath(Campaign c) {
        if (c.parent == null) {
            return null;
        }
        Submission own = Submission.<Submission> find("campaign = ?1 and unit = ?2", c.parent, c.issuerUnit)
                .firstResult();
        return own == null ? null : "/campaigns/" + c.parent.id + "/submissions/" + own.unit.code;
    }

    private List<TableLayout> layouts(Campaign c, RollupView rollup) {
        OutlineTemplate outline = templates.outline(c.template);
        List<TableLayout> out = new ArrayList<>();
        for (RollupView.TableRollup t : rollup.tables()) {
            TableDef def = outline.table(t.code()).orElseThrow();
            out.add(new TableLayout(t, def.headerRows(), RollupLayout.rows(t, rollup.collapsed())));
        }
        return out;
    }

    /** The annexes as the report prints them: the form's rows, the report's own "Kèm theo" line, a footnote. */
    private List<TableLayout> officialLayouts(Campaign c, RollupView rollup, ConsolidatedReport report) {
        OutlineTemplate outline = templates.outline(c.template);
        List<TableLayout> out = new ArrayList<>();
        for (RollupView.TableRollup t : rollup.tables()) {
            TableDef def = outline.table(t.code()).orElseThrow();
            out.add(new TableLayout(t, def.headerRows(), OfficialAnnex.rows(t, rollup.collapsed()),
                    RollupExportService.note(def, c, report), OfficialAnnex.footnote(t, rollup.collapsed())));
        }
        return out;
    }

    private LocalDate date(String value) {
        try {
            return PortalClock.parseDay(value).orElse(null);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(messages.get().badDate(value));
        }
    }
}
