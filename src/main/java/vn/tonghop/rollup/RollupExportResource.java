package vn.tonghop.rollup;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.Downloads;

/**
 * The consolidated report's files, under /api for tokens and under the page path for the browser session. Full literal
 * paths so that they never shadow the campaign resources.
 */
public class RollupExportResource {

    @Inject
    RollupExportService exports;

    @GET
    @Path("/api/campaigns/{id}/export.docx")
    public Response apiDocx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.docx(id, new RollupService.Options(drafts, collapse)));
    }

    @GET
    @Path("/api/campaigns/{id}/export.xlsx")
    public Response apiXlsx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.xlsx(id, new RollupService.Options(drafts, collapse)));
    }

    @GET
    @Path("/api/campaigns/{id}/export/{table}.csv")
    public Response apiCsv(@PathParam("id") long id, @PathParam("table") String table,
            @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.csv(id, table, new RollupService.Options(drafts, collapse)));
    }

    @GET
    @Path("/campaigns/{id}/export.docx")
    public Response docx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return apiDocx(id, drafts, collapse);
    }

    @GET
    @Path("/campaigns/{id}/export.xlsx")
    public Response xlsx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return apiXlsx(id, drafts, collapse);
    }

    @GET
    @Path("/campaigns/{id}/export/{table}.csv")
    public Response csv(@PathParam("id") long id, @PathParam("table") String table,
            @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return apiCsv(id, table, drafts, collapse);
    }
}
