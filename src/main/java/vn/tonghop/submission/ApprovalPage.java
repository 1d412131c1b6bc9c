package vn.tonghop.submission;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.UxMessages;

/** "Gửi lãnh đạo duyệt" on the form: saves what is on screen, then hands the report to the unit's approvers. */
@Path("/campaigns/{id}/submissions/{unitCode}/send-for-approval")
@Produces(MediaType.TEXT_HTML)
public class ApprovalPage {

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionDrafts drafts;

    @Inject
    ApprovalService approvals;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.of(fields);
        if (form.version() != null) {
            Submission s = submissions.find(id, unitCode);
            drafts.save(id, unitCode, form.content(submissions.outline(s), submissions.scope(s)), form.version());
        }
        Submission sent = approvals.send(id, unitCode);
        return flash.redirect(SubmissionPage.path(id, unitCode),
                messages.bundle(UxMessages.class).sentForApprovalFlash(String.join(", ", approvals.approvers(sent))));
    }
}
