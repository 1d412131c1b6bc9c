package vn.tonghop.export;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.sheet.XlsxWriter;

/**
 * The blank outline (blank.docx) and blank tables (blank.xlsx) of a template, newest version unless {@code ?version=}
 * says. The file name is part of the class path so that it never shadows the template resource's own paths.
 */
@Path("/api/templates/{code}/{file: blank\\.(?:docx|xlsx)}")
public class BlankFormApiResource {

    @Inject
    BlankFormService forms;

    @GET
    @Produces({ DocxWriter.CONTENT_TYPE, XlsxWriter.CONTENT_TYPE })
    public Response blank(@PathParam("code") String code, @PathParam("file") String file, @RestQuery Integer version) {
        return answer(forms, code, file, version);
    }

    static Response answer(BlankFormService forms, String code, String file, Integer version) {
        return Downloads.attachment(
                file.endsWith(".xlsx") ? forms.tablesXlsx(code, version) : forms.outlineDocx(code, version));
    }
}
