package vn.tonghop.signing;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.Downloads;
import vn.tonghop.rollup.RollupExportService;
import vn.tonghop.rollup.RollupService;

/**
 * The consolidated report as PDF, to be signed: the consolidated DOCX (Decree 30 layout, body portrait, annexes
 * landscape) converted by LibreOffice. Same readers as the DOCX.
 */
@Path("/api/campaigns/{id}/export.pdf")
public class PdfExportResource {

    @Inject
    RollupExportService exports;

    @Inject
    PdfConverter converter;

    @GET
    public Response pdf(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.pdf(id, new RollupService.Options(drafts, collapse), converter::docxToPdf));
    }

    /** The same file for the browser session, linked from the consolidation page. */
    @Path("/campaigns/{id}/export.pdf")
    public static class Page {

        @Inject
        PdfExportResource api;

        @GET
        public Response pdf(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
                @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
            return api.pdf(id, drafts, collapse);
        }
    }
}
