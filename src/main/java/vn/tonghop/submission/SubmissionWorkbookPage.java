package vn.tonghop.submission;

import java.util.List;

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
import vn.tonghop.platform.web.PortalException;

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
    SubmissionDrafts drafts;

    @Inject
    SubmissionPages pages;

    @Inject
    Flash flash;

    @GET
    public Response download(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return SubmissionWorkbookResource.file(workbooks.download(id, unitCode));
    }

    /**
     * Saves at the version the page holds, or at the stored one when the user alone saved since (their autosave); a
     * report changed by somebody else shows the form with who and when, and what the file would change.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm("file") FileUpload file, @RestForm String version) {
        Long read = SubmissionWorkbookResource.version(submissions, version);
        Long at = drafts.versionForOwnUpload(id, unitCode, read);
        SubmissionWorkbookService.Target target = workbooks.prepare(id, unitCode);
        if (file == null) {
            throw PortalException.invalid(submissions.msg().wbNoFile());
        }
        WorkbookReader.Result result = workbooks.reader().read(file.uploadedFile(),
                new WorkbookReader.Expected(target.campaignId(), target.unitCode(), target.outline()));
        SubmissionDrafts.Saved saved;
        try {
            saved = workbooks.store(target, result, at);
        } catch (PortalException e) {
            if (e.status() != 409) {
                throw e;
            }
            SubmissionPageModel.Conflict conflict = pages.conflict(id, unitCode, at != null ? at : result.version(),
                    result.content(), String.join(" ", e.messages()));
            SubmissionPageModel.Page page = pages.page(id, unitCode,
                    SubmissionPages.State.refused(SubmissionForm.empty(), null, List.of(), conflict));
            return flash.refused(409, SubmissionPage.Templates.form(page));
        }
        return flash.redirect("/campaigns/" + id + "/submissions/" + unitCode,
                submissions.msg().wbImported(saved.submission().version, saved.issues().size()));
    }
}
