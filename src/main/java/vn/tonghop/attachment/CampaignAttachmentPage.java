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

/** The upload form of the campaign page's attachment panel. */
@Path("/campaigns/{id}/attachments")
public class CampaignAttachmentPage {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm String label) {
        return AttachmentPanels.outcome(attachments, "/campaigns/" + id, () -> attachments.attachToCampaign(id, label,
                AttachmentApiResource.fileName(file), AttachmentApiResource.path(file)));
    }
}
