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

/** Page links to the blank outline and blank tables of a template: same files as the API. */
@Path("/templates/{code}/{file: blank\\.(?:docx|xlsx)}")
public class BlankFormPageResource {

    @Inject
    BlankFormService forms;

    @GET
    @Produces({ DocxWriter.CONTENT_TYPE, XlsxWriter.CONTENT_TYPE })
    public Response blank(@PathParam("code") String code, @PathParam("file") String file, @RestQuery Integer version) {
        return BlankFormApiResource.answer(forms, code, file, version);
    }
}
