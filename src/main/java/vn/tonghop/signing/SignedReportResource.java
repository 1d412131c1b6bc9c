package vn.tonghop.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.export.Downloads;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

/**
 * The signed PDF of a consolidated report through the API: {@code POST} (multipart {@code file}, optional
 * {@code version} of the signed file it replaces) verifies and keeps it, answering {@code {"signer", "signedAt",
 * "intact"}}; {@code GET} downloads it.
 */
@Path("/api/campaigns/{id}/signed")
public class SignedReportResource {

    @Inject
    SignedReportService signed;

    /** A refused file answers {@code {"errors": [{"message"}]}} (with the portal's usual {@code messages} too). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("version") Long version) {
        try {
            SignedReportView v = signed.upload(id, file == null ? null : file.fileName(), bytes(file), version);
            return Response.ok(json(v)).build();
        } catch (PortalException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", e.status());
            body.put("messages", e.messages());
            body.put("errors", e.messages().stream().map(m -> Map.of("message", m)).toList());
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
    }

    @GET
    public Response download(@PathParam("id") long id) {
        return file(signed.download(id));
    }

    static Map<String, Object> json(SignedReportView v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("signer", v.signer());
        out.put("signedAt", v.signedAt() == null ? null : PortalClock.local(v.signedAt()));
        out.put("intact", v.intact());
        out.put("issuer", v.issuer());
        out.put("trusted", v.trusted());
        out.put("fileName", v.fileName());
        out.put("version", v.version());
        out.put("stale", v.stale());
        return out;
    }

    static Response file(SignedReportService.Download d) {
        return Response.ok(d.bytes(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(d.fileName()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.ETAG, "\"" + d.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
