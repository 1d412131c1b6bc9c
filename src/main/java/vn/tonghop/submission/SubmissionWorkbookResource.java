package vn.tonghop.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
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
import vn.tonghop.attachment.FileNames;
import vn.tonghop.attachment.Sizes;
import vn.tonghop.platform.web.PortalException;

/**
 * The Excel round trip through the API: {@code GET} the unit's tables as XLSX; {@code POST} the filled workbook as
 * multipart (field {@code file}, optional {@code version}) or as the raw XLSX body, with {@code ?version=}. Answers
 * like the PUT of the report: 200 {version, status, issues}; 422 with every wrong cell named by sheet and cell; 409
 * when the report changed since {@code version} (by default the version the workbook was downloaded at).
 */
@Path("/api/campaigns/{id}/submissions/{unitCode}/tables.xlsx")
public class SubmissionWorkbookResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SubmissionWorkbookService workbooks;

    @Inject
    SubmissionService submissions;

    @Inject
    WorkbookConfig config;

    @GET
    public Response download(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return file(workbooks.download(id, unitCode));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public SubmissionApiResource.SaveResult uploadForm(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm("file") FileUpload file, @RestForm String version, @RestQuery("version") String versionQuery) {
        return result(upload(workbooks, submissions, id, unitCode, file == null ? null : file.uploadedFile(),
                version(submissions, version != null ? version : versionQuery)));
    }

    @POST
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public SubmissionApiResource.SaveResult uploadBody(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestQuery String version, InputStream body) {
        workbooks.prepare(id, unitCode);
        java.nio.file.Path file = spool(body, config.maxSize().asLongValue(), submissions.msg());
        try {
            return result(upload(workbooks, submissions, id, unitCode, file, version(submissions, version)));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }

    static Response file(SubmissionWorkbookService.Download d) {
        return Response.ok(d.bytes()).type(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("attachment", d.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Checks the rights first, then reads the file without holding a transaction, then saves. */
    static SubmissionDrafts.Saved upload(SubmissionWorkbookService workbooks, SubmissionService submissions, long id,
            String unitCode, java.nio.file.Path file, Long version) {
        SubmissionWorkbookService.Target target = workbooks.prepare(id, unitCode);
        if (file == null) {
            throw PortalException.invalid(submissions.msg().wbNoFile());
        }
        WorkbookReader.Result read = workbooks.reader().read(file,
                new WorkbookReader.Expected(target.campaignId(), target.unitCode(), target.outline()));
        return workbooks.store(target, read, version);
    }

    static Long version(SubmissionService submissions, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw PortalException.invalid(submissions.msg().badBody());
        }
    }

    private static SubmissionApiResource.SaveResult result(SubmissionDrafts.Saved saved) {
        return new SubmissionApiResource.SaveResult(saved.submission().version, saved.submission().status.name(),
                saved.issues());
    }

    /** Copies a request body to a temporary file, refusing it as soon as it passes {@code max} bytes. */
    private static java.nio.file.Path spool(InputStream body, long max, SubmissionMessages msg) {
        if (body == null) {
            throw PortalException.invalid(msg.wbNoFile());
        }
        try {
            java.nio.file.Path file = Files.createTempFile("tonghop-upload-", ".xlsx");
            long total = 0;
            try (InputStream in = body;
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > max) {
                        Files.deleteIfExists(file);
                        throw new PortalException(413, List.of(msg.wbTooLarge(Sizes.human(max))));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                Files.deleteIfExists(file);
                throw PortalException.invalid(msg.wbNoFile());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
