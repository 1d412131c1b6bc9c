package vn.tonghop.rollup;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.Downloads;

/** The consolidated report's files for API clients (bearer tokens). */
@Path("/api/campaigns/{id}")
public class RollupExportResource {

    @Inject
    RollupExportService exports;

    @GET
    @Path("export.docx")
    public Response docx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.docx(id, new RollupService.Options(drafts, collapse)));
    }

    @GET
    @Path("export.xlsx")
    public Response xlsx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.xlsx(id, new RollupService.Options(drafts, collapse)));
    }

    @GET
    @Path("export/{table}.csv")
    public Response csv(@PathParam("id") long id, @PathParam("table") String table,
            @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        return Downloads.attachment(exports.csv(id, table, new RollupService.Options(drafts, collapse)));
    }

    /** The same files for the browser session, linked from the rollup page. */
    @Path("/campaigns/{id}")
    public static class Page {

        @Inject
        RollupExportResource api;

        @GET
        @Path("export.docx")
        public Response docx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
                @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
            return api.docx(id, drafts, collapse);
        }

        @GET
        @Path("export.xlsx")
        public Response xlsx(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
                @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
            return api.xlsx(id, drafts, collapse);
        }

        @GET
        @Path("export/{table}.csv")
        public Response csv(@PathParam("id") long id, @PathParam("table") String table,
                @QueryParam("drafts") @DefaultValue("false") boolean drafts,
                @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
            return api.csv(id, table, drafts, collapse);
        }
    }
}
