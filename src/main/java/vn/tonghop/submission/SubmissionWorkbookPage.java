package vn.tonghop.submission;

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
import vn.tonghop.platform.web.Flash;

/**
 * The Excel round trip from the submission page: download the workbook, upload it back through a form (field
 * {@code file}, hidden {@code version}); success goes back to the report with a flash message, a refused file shows the
 * error page listing every wrong cell.
 */
@Path("/campaigns/{id}/submissions/{unitCode}/tables.xlsx")
public class SubmissionWorkbookPage {

    @Inject
    SubmissionWorkbookService workbooks;

    @Inject
    SubmissionService submissions;

    @Inject
    Flash flash;

    @GET
    public Response download(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return SubmissionWorkbookResource.file(workbooks.download(id, unitCode));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm("file") FileUpload file, @RestForm String version) {
        SubmissionService.Saved saved = SubmissionWorkbookResource.upload(workbooks, submissions, id, unitCode,
                file == null ? null : file.uploadedFile(), SubmissionWorkbookResource.version(submissions, version));
        return flash.redirect("/campaigns/" + id + "/submissions/" + unitCode,
                submissions.msg().wbImported(saved.submission().version, saved.issues().size()));
    }
}
