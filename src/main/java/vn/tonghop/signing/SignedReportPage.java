package vn.tonghop.signing;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.web.PortalException;

/**
 * The signed file for the browser session: the consolidation page's upload form (confirmed by a tick box that states
 * the consequence) and the download link of that page and of the parent's view of the unit's report.
 */
@Path("/campaigns/{id}/signed")
public class SignedReportPage {

    @Inject
    SignedReportService signed;

    @GET
    public Response download(@PathParam("id") long id) {
        return SignedReportResource.file(signed.download(id));
    }

    /** A refusal of the file (422, 409) goes back to the panel with its message; 403 and 404 stay what they are. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("version") Long version, @RestForm("confirm") String confirm) {
        try {
            signed.requireUploader(id);
            if (confirm == null || confirm.isBlank()) {
                throw PortalException.invalid(signed.msg().confirmRequired());
            }
            SignedReportView v = signed.upload(id, file == null ? null : file.fileName(),
                    SignedReportResource.bytes(file), version);
            return SignedPanels.redirect(id, true, signed.msg().uploaded(v.signer()));
        } catch (PortalException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return SignedPanels.redirect(id, false, String.join(" ", e.messages()));
        }
    }
}
