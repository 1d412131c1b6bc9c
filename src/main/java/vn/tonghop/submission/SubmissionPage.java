package vn.tonghop.submission;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionPageModel.Page;
import vn.tonghop.submission.SubmissionPageModel.Refresh;
import vn.tonghop.submission.SubmissionPageModel.Versions;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The unit's report form: fill the narrative and the tables, save (by hand or automatically), submit; the issuer
 * returns it from here. Not transactional itself: each service call commits on its own, so a draft saved before a
 * refused submission stays saved.
 */
@Path("/campaigns/{id}/submissions/{unitCode}")
@Produces(MediaType.TEXT_HTML)
public class SubmissionPage {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page);

        static native TemplateInstance refresh(Refresh refresh);

        static native TemplateInstance versions(Versions view);
    }

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionDrafts drafts;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    SubmissionPages pages;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    @Inject
    Flash flash;

    @Inject
    io.vertx.ext.web.RoutingContext routing;

    @GET
    public TemplateInstance form(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return flash.page(Templates.form(pages.page(id, unitCode, SubmissionPages.State.fresh(hasFlash()))));
    }

    /** The page follows a successful post (Flash's cookie is there): the browser may drop its unsaved copy. */
    private boolean hasFlash() {
        return routing.request().getCookie("flash") != null;
    }

    /**
     * "Lưu nháp": saves and comes back to the form. Values that cannot be stored are shown again as typed, with their
     * messages, and the rest is saved; a refused save shows the form again as typed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.of(fields);
        try {
            SubmissionDrafts.Saved saved = saveForm(id, unitCode, form);
            if (!saved.refused().isEmpty()) {
                String text = save().savedExceptPage(saved.submission().version, saved.refused().size());
                Page page = pages.page(id, unitCode,
                        SubmissionPages.State.refused(form, saved.shown(), List.of(text), null));
                return flash.refused(200, Templates.form(page));
            }
            return flash.redirect(path(id, unitCode), msg().draftSaved(saved.submission().version));
        } catch (PortalException e) {
            return refused(id, unitCode, form, e);
        } catch (OptimisticLockException | org.hibernate.StaleObjectStateException e) {
            return refused(id, unitCode, form, PortalException.conflict(messages.get().staleData()));
        }
    }

    /**
     * Autosave from the page: answers a fragment with the save status, the new version and the issues. Values that
     * cannot be stored are listed (and named in the status, for the page to keep them as typed); the rest is saved.
     */
    @POST
    @Path("autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autosave(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.of(fields);
        try {
            SubmissionDrafts.Saved saved = saveForm(id, unitCode, form);
            String at = clock.nowOffset().format(HOUR);
            long version = saved.submission().version;
            boolean partial = !saved.refused().isEmpty();
            Refresh r = pages.refresh(id, unitCode, form, saved.shown(), version,
                    partial ? save().savedExcept(at, version, saved.refused().size()) : msg().savedAt(at, version),
                    partial ? "partial" : "saved");
            return fragment(200, withRefused(r, saved.refused()));
        } catch (OptimisticLockException | org.hibernate.StaleObjectStateException e) {
            return conflict(id, unitCode, form, messages.get().staleData());
        } catch (PortalException e) {
            if (e.status() == 422 && e.issues() != null) {
                Refresh r = pages.refresh(id, unitCode, form, issues(e), null,
                        msg().notSaved(String.join(" ", e.messages())), "invalid");
                return fragment(422, r);
            }
            if (e.status() == 409) {
                return conflict(id, unitCode, form, String.join(" ", e.messages()));
            }
            return statusOnly(e.status(), String.join(" ", e.messages()), "error");
        }
    }

    /** A 409 of the autosave: who saved since and what differs, with "keep mine" (or only why, once locked). */
    private Response conflict(long id, String unitCode, SubmissionForm form, String refusal) {
        SubmissionPageModel.Conflict c = pages.conflict(id, unitCode, form, refusal);
        return fragment(409, new Refresh(List.of(), List.of(), false, null, c.message(), "conflict", null, c, ""));
    }

    /** The refused cells' field names, for the page to keep them as typed in its unsaved copy. */
    private static Refresh withRefused(Refresh r, List<SubmissionIssue> refused) {
        String names = String.join(" ", refused.stream().filter(i -> i.table() != null && i.row() != null)
                .map(i -> SubmissionForm.CELL + i.table() + "." + i.row() + "." + i.column()).toList());
        return new Refresh(r.outputs(), r.issues(), r.showIssues(), r.version(), r.statusText(), r.statusKind(),
                r.displayStatus(), null, names);
    }

    /** Recomputes the computed columns and the issues of the form as typed; saves nothing. */
    @POST
    @Path("calc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calc(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            MultivaluedMap<String, String> fields) {
        return fragment(200, pages.refresh(id, unitCode, SubmissionForm.of(fields), null, null, null, null));
    }

    /** "Nộp báo cáo": saves what is on screen, then submits it with the signer and the explanations. */
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            MultivaluedMap<String, String> fields) {
        SubmissionForm form = SubmissionForm.of(fields);
        try {
            if (form.version() != null) {
                SubmissionDrafts.Saved saved = saveForm(id, unitCode, form);
                if (!saved.refused().isEmpty()) {
                    throw new PortalException(422, List.of(save().submitUnreadable(saved.refused().size())),
                            saved.shown());
                }
            }
            Submission s = workflow.submit(id, unitCode, form.signerName().orElse(null),
                    form.signerTitle().orElse(null), form.explanations());
            String at = vn.tonghop.platform.i18n.Formats.vn(s.submittedAt);
            return flash.redirect(path(id, unitCode), s.late ? msg().submittedLateFlash(at) : msg().submittedFlash(at));
        } catch (PortalException e) {
            return refused(id, unitCode, form, e);
        } catch (OptimisticLockException | org.hibernate.StaleObjectStateException e) {
            return refused(id, unitCode, form, PortalException.conflict(messages.get().staleData()));
        }
    }

    /**
     * A submission posted when the session had ended comes back here after the new login (the login returns to the path
     * it interrupted): the form, with the typed copy the page kept.
     */
    @GET
    @Path("submit")
    public Response afterLogin(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return Response.seeOther(java.net.URI.create(path(id, unitCode))).build();
    }

    @POST
    @Path("copy-forward")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copyForward(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm Long version) {
        try {
            SubmissionDrafts.Saved saved = drafts.copyForward(id, unitCode, version);
            return flash.redirect(path(id, unitCode), msg().copiedForward(saved.submission().version));
        } catch (PortalException e) {
            return refused(id, unitCode, SubmissionForm.empty(), e);
        }
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForRevision(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestForm String comment) {
        try {
            workflow.returnForRevision(id, unitCode, comment);
            return flash.redirect(path(id, unitCode), msg().returnedFlash());
        } catch (PortalException e) {
            SubmissionForm typed = SubmissionForm.of(new jakarta.ws.rs.core.MultivaluedHashMap<>(
                    java.util.Map.of("comment", comment == null ? "" : comment)));
            return refused(id, unitCode, typed, e);
        }
    }

    @GET
    @Path("versions")
    public TemplateInstance versions(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @RestQuery Integer from, @RestQuery Integer to) {
        return messages.localise(Templates.versions(pages.versions(id, unitCode, from, to)));
    }

    private SubmissionDrafts.Saved saveForm(long id, String unitCode, SubmissionForm form) {
        Submission s = submissions.find(id, unitCode);
        OutlineTemplate outline = submissions.outline(s);
        SubmissionContent content = form.content(outline, submissions.scope(s));
        return drafts.saveReadable(id, unitCode, content, form.version());
    }

    private Response refused(long id, String unitCode, SubmissionForm form, PortalException e) {
        List<SubmissionIssue> issues = e.issues() == null ? null : issues(e);
        SubmissionPageModel.Conflict conflict = e.status() == 409
                ? pages.conflict(id, unitCode, form, String.join(" ", e.messages()))
                : null;
        List<String> errors = conflict == null ? e.messages() : List.of();
        Page page = pages.page(id, unitCode, SubmissionPages.State.refused(form, issues, errors, conflict));
        return flash.refused(e.status(), Templates.form(page));
    }

    private static List<SubmissionIssue> issues(PortalException e) {
        return e.issues().stream().filter(SubmissionIssue.class::isInstance).map(SubmissionIssue.class::cast).toList();
    }

    private Response fragment(int status, Refresh r) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(messages.localise(Templates.refresh(r)).render()).build();
    }

    private Response statusOnly(int status, String text, String kind) {
        return fragment(status, new Refresh(List.of(), List.of(), false, null, text, kind, null));
    }

    private ReportPageMessages msg() {
        return messages.bundle(ReportPageMessages.class);
    }

    private SaveMessages save() {
        return messages.bundle(SaveMessages.class);
    }

    static String path(long id, String unitCode) {
        return "/campaigns/" + id + "/submissions/" + unitCode;
    }
}
