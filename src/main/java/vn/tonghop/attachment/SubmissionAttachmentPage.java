package vn.tonghop.attachment;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The upload form of the submission page's attachment panel. */
@Path("/campaigns/{id}/submissions/{unitCode}/attachments")
public class SubmissionAttachmentPage {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm("file") FileUpload file, @RestForm String label) {
        return AttachmentPanels.outcome(attachments, "/campaigns/" + id + "/submissions/" + unitCode,
                () -> attachments.attachToSubmission(id, unitCode, label, AttachmentApiResource.fileName(file),
                        AttachmentApiResource.path(file)));
    }
}
