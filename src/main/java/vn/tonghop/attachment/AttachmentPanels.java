package vn.tonghop.attachment;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.submission.SubmissionService;

/**
 * Feeds the {@code attachments/panel} fragment from any page, so that pages include it with one line and no change to
 * their Java code: {@code {#include attachments/panel panel=inject:attachmentPanels.campaign(campaign.id) /}}. Also
 * carries the outcome of the last upload or deletion across the redirect, in a short-lived cookie of its own.
 */
@Named("attachmentPanels")
@RequestScoped
public class AttachmentPanels {

    static final String COOKIE = "att-flash";
    private static final String OK = "ok|";
    private static final String ERROR = "error|";

    @Inject
    AttachmentService attachments;

    @Inject
    CampaignAccess campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    RoutingContext routing;

    private String notice;
    private String error;
    private boolean flashRead;

    public AttachmentPanel campaign(long campaignId) {
        List<AttachmentView> items = attachments.listForCampaign(campaignId);
        boolean canUpload = attachments.canUploadToCampaign(campaignId);
        return panel(items, canUpload, "/campaigns/" + campaignId + "/attachments");
    }

    public AttachmentPanel submission(long campaignId, String unitCode) {
        List<AttachmentView> items = attachments.listForSubmission(campaignId, unitCode);
        boolean canUpload = attachments.canUploadToSubmission(campaignId, unitCode);
        return panel(items, canUpload, "/campaigns/" + campaignId + "/submissions/" + unitCode + "/attachments");
    }

    private AttachmentPanel panel(List<AttachmentView> items, boolean canUpload, String action) {
        readFlash();
        AttachmentMessages m = attachments.msg();
        return new AttachmentPanel(items, canUpload, action, notice, error, attachments.limitsText(),
                List.of(m.labelSignedLetter(), m.labelDraft(), m.labelSignedScan(), m.labelOther()));
    }

    private void readFlash() {
        if (flashRead) {
            return;
        }
        flashRead = true;
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return;
        }
        String value = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        if (value.startsWith(OK)) {
            notice = value.substring(OK.length());
        } else if (value.startsWith(ERROR)) {
            error = value.substring(ERROR.length());
        }
        routing.response().addCookie(
                Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
    }

    /** Runs an upload from a page form and goes back to the page with what happened; 404 stays a 404. */
    static Response outcome(AttachmentService attachments, String back,
            java.util.function.Supplier<AttachmentView> upload) {
        try {
            AttachmentView view = upload.get();
            return redirect(back, true, attachments.msg().uploaded(view.fileName()));
        } catch (vn.tonghop.platform.web.PortalException e) {
            if (e.status() == 404) {
                throw e;
            }
            return redirect(back, false, String.join(" ", e.messages()));
        }
    }

    /** Back to the page the form was on, with what happened. */
    static Response redirect(String path, boolean ok, String message) {
        String value = URLEncoder.encode((ok ? OK : ERROR) + message, StandardCharsets.UTF_8);
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path + "#attachments")).cookie(cookie).build();
    }
}
