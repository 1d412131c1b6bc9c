package vn.tonghop.attachment;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Attachments through the API: {@code GET /api/attachments/{id}} downloads the bytes as uploaded, {@code DELETE
 * /api/attachments/{id}} removes a file while its owner may still change. Listing and uploading are under their owners:
 * {@link CampaignAttachmentApiResource}, {@link SubmissionAttachmentApiResource}.
 */
@Path("/api/attachments/{attachmentId}")
public class AttachmentApiResource {

    @Inject
    AttachmentService attachments;

    @GET
    public Response download(@PathParam("attachmentId") long attachmentId) {
        return file(attachments.download(attachmentId));
    }

    @DELETE
    public Response delete(@PathParam("attachmentId") long attachmentId) {
        attachments.delete(attachmentId);
        return Response.noContent().build();
    }

    static Response file(AttachmentService.Download d) {
        return Response.ok(d.bytes()).type(d.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("attachment", d.fileName()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.ETAG, "\"" + d.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    static java.nio.file.Path path(FileUpload file) {
        return file == null ? null : file.uploadedFile();
    }

    static String fileName(FileUpload file) {
        return file == null ? null : file.fileName();
    }
}
