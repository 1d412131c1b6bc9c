package vn.tonghop.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.docx.DocxWriter;

/**
 * The request letter of a campaign as DOCX, for anyone who may read the campaign (404 otherwise). A full literal path,
 * so that it never shadows the campaign resource's own paths.
 */
@Path("/api/campaigns/{id}/letter.docx")
public class LetterApiResource {

    @Inject
    RequestLetterService letters;

    @GET
    @Produces(DocxWriter.CONTENT_TYPE)
    public Response letter(@PathParam("id") long id) {
        return Downloads.attachment(letters.letterDocx(id));
    }
}
