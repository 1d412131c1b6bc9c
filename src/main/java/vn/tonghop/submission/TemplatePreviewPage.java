package vn.tonghop.submission;

import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * A template's blank form exactly as a commune will see it: the report form itself, live (computed columns, rules),
 * with its posts answered here and nothing saved.
 */
@Path("/templates/{code}/{version}/preview")
@Produces(MediaType.TEXT_HTML)
public class TemplatePreviewPage {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    TemplateLibrary templates;

    @Inject
    SubmissionPages pages;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    @GET
    public TemplateInstance preview(@PathParam("code") String code, @PathParam("version") int version) {
        return page(code, version, SubmissionForm.empty(), false);
    }

    /** "Kiểm tra": the form as typed with its issues; nothing is saved. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(@PathParam("code") String code, @PathParam("version") int version,
            MultivaluedMap<String, String> fields) {
        return page(code, version, SubmissionForm.of(fields), true);
    }

    @POST
    @Path("autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(@PathParam("code") String code, @PathParam("version") int version,
            MultivaluedMap<String, String> fields) {
        String status = messages.bundle(ReportPageMessages.class).previewChecked(clock.nowOffset().format(HOUR));
        return refresh(code, version, fields, status);
    }

    @POST
    @Path("calc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calc(@PathParam("code") String code, @PathParam("version") int version,
            MultivaluedMap<String, String> fields) {
        return refresh(code, version, fields, null);
    }

    private Response refresh(String code, int version, MultivaluedMap<String, String> fields, String status) {
        OutlineTemplate outline = outline(code, version);
        SubmissionPageModel.Refresh r = pages.previewRefresh(outline, unitName(), SubmissionForm.of(fields), status);
        return Response.ok(messages.localise(SubmissionPage.Templates.refresh(r))).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private TemplateInstance page(String code, int version, SubmissionForm form, boolean checked) {
        OutlineTemplate outline = outline(code, version);
        String path = "/templates/" + code + "/" + version + "/preview";
        return messages.localise(SubmissionPage.Templates
                .form(pages.preview(outline, outline.title(), unitName(), path, form, checked)));
    }

    private String unitName() {
        return messages.bundle(ReportPageMessages.class).previewUnit();
    }

    private OutlineTemplate outline(String code, int version) {
        TemplateVersion v = templates.version(code, version)
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(code)));
        return templates.outline(v);
    }
}
