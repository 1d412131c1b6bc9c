package vn.tonghop.attachment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.web.PortalException;

/** Pages: download an attachment with the browser session, delete it from the panel (post/redirect/get). */
@Path("/attachments/{attachmentId}")
public class AttachmentPage {

    @Inject
    AttachmentService attachments;

    @GET
    public Response download(@PathParam("attachmentId") long attachmentId) {
        return AttachmentApiResource.file(attachments.download(attachmentId));
    }

    @POST
    @Path("delete")
    public Response delete(@PathParam("attachmentId") long attachmentId) {
        Attachment a = attachments.find(attachmentId);
        String back = attachments.ownerPage(a);
        String name = a.fileName;
        try {
            attachments.delete(attachmentId);
            return AttachmentPanels.redirect(back, true, attachments.msg().deleted(name));
        } catch (PortalException e) {
            return AttachmentPanels.redirect(back, false, String.join(" ", e.messages()));
        }
    }
}
