package vn.tonghop.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.sheet.XlsxWriter;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.outlineimport.DraftTemplates;

/**
 * The blank outline (blank.docx) and blank tables (blank.xlsx) of the draft on the builder page, before it is saved:
 * the same files as {@link BlankFormPageResource} gives for a saved version. The builder posts its draft (field
 * {@code yaml} or {@code draft}, as for the preview); nothing is stored.
 */
@Path("/templates/builder/draft/{file: blank\\.(?:docx|xlsx)}")
public class DraftBlankFormResource {

    @Inject
    BlankFormService forms;

    @Inject
    DraftTemplates drafts;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ DocxWriter.CONTENT_TYPE, XlsxWriter.CONTENT_TYPE, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public Response blank(@PathParam("file") String file, MultivaluedMap<String, String> fields) {
        OutlineTemplate t = drafts.resolve(fields.getFirst("yaml"), fields.getFirst("draft")).template();
        return Downloads.attachment(file.endsWith(".xlsx") ? forms.tablesXlsx(t) : forms.outlineDocx(t));
    }
}
