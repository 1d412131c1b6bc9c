package vn.tonghop.submission;

import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.template.outlineimport.DraftTemplates;

/**
 * The fill form of the draft on the builder page, before it is saved: the same page as {@link TemplatePreviewPage}
 * shows for a saved version, live (computed columns, rules), with nothing stored. The builder posts its draft (the YAML
 * of the advanced tab, field {@code yaml}, or its own draft as JSON, field {@code draft}); the page carries the YAML in
 * its form, so that "Kiểm tra" and the live recomputation post it again.
 */
@Path(DraftPreviewPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class DraftPreviewPage {

    static final String PATH = "/templates/builder/draft/preview";

    /** Where the page's own posts go. */
    static final String FORM = PATH + "/form";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    DraftTemplates drafts;

    @Inject
    SubmissionPages pages;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    /** The builder's "Xem trước biểu mẫu": the blank form of the draft. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance open(MultivaluedMap<String, String> fields) {
        return page(draft(fields), SubmissionForm.empty(), false);
    }

    /** "Kiểm tra": the form as typed with its issues; nothing is saved. */
    @POST
    @Path("form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(MultivaluedMap<String, String> fields) {
        return page(draft(fields), SubmissionForm.of(fields), true);
    }

    @POST
    @Path("form/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(MultivaluedMap<String, String> fields) {
        String status = messages.bundle(ReportPageMessages.class).previewChecked(clock.nowOffset().format(HOUR));
        return refresh(fields, status);
    }

    @POST
    @Path("form/calc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calc(MultivaluedMap<String, String> fields) {
        return refresh(fields, null);
    }

    private Response refresh(MultivaluedMap<String, String> fields, String status) {
        DraftTemplates.Resolved d = draft(fields);
        SubmissionPageModel.Refresh r = pages.previewRefresh(d.template(), unitName(), SubmissionForm.of(fields),
                status);
        return Response.ok(messages.localise(SubmissionPage.Templates.refresh(r))).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private TemplateInstance page(DraftTemplates.Resolved d, SubmissionForm form, boolean checked) {
        return messages.localise(SubmissionPage.Templates
                .form(pages.preview(d.template(), d.template().title(), unitName(), FORM, form, checked, d.yaml())));
    }

    private DraftTemplates.Resolved draft(MultivaluedMap<String, String> fields) {
        return drafts.resolve(fields.getFirst("yaml"), fields.getFirst("draft"));
    }

    private String unitName() {
        return messages.bundle(ReportPageMessages.class).previewUnit();
    }
}
