package vn.tonghop.attachment;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A unit's report attachments (e.g. the signed, scanned report): its readers list them, its writers upload. */
@Path("/api/campaigns/{id}/submissions/{unitCode}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionAttachmentApiResource {

    @Inject
    AttachmentService attachments;

    @GET
    public List<AttachmentView> list(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return attachments.listForSubmission(id, unitCode);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm("file") FileUpload file, @RestForm String label) {
        AttachmentView view = attachments.attachToSubmission(id, unitCode, label, AttachmentApiResource.fileName(file),
                AttachmentApiResource.path(file));
        return Response.status(201).entity(view).build();
    }
}
