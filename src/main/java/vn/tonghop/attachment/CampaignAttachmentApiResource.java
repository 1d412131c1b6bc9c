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

/** A campaign's attachments: anyone who can read the campaign lists them; its issuer uploads while it is open. */
@Path("/api/campaigns/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignAttachmentApiResource {

    @Inject
    AttachmentService attachments;

    @GET
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.listForCampaign(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm String label) {
        AttachmentView view = attachments.attachToCampaign(id, label, AttachmentApiResource.fileName(file),
                AttachmentApiResource.path(file));
        return Response.status(201).entity(view).build();
    }
}
