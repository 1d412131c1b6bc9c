package vn.tonghop.signing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.tonghop.attachment.Sizes;

/**
 * Feeds the {@code signing/panel} and {@code signing/upward} fragments from any page with one include line:
 * {@code {#include signing/panel panel=inject:signedPanels.campaign(rollup.campaignId) /}}. Also carries the outcome of
 * the last upload across the redirect, in a short-lived cookie of its own.
 */
@Named("signedPanels")
@RequestScoped
public class SignedPanels {

    static final String COOKIE = "sig-flash";
    private static final String OK = "ok|";
    private static final String ERROR = "error|";

    @Inject
    SignedReportService signed;

    @Inject
    PdfConfig config;

    @Inject
    RoutingContext routing;

    private String notice;
    private String error;
    private boolean flashRead;

    public SignedPanel campaign(long campaignId) {
        readFlash();
        SignedReportService.UploadState upload = signed.uploadState(campaignId);
        return new SignedPanel(campaignId, signed.find(campaignId).orElse(null), upload.allowed(), upload.locked(),
                notice, error, signed.msg().limits(Sizes.human(config.signedMaxSize().asLongValue())));
    }

    /** Null when the unit relayed nothing (a commune's report has no consolidation to sign). */
    public UpwardSignedPanel submission(long parentId, String unitCode) {
        return signed.upward(parentId, unitCode).map(u -> new UpwardSignedPanel(u.signed())).orElse(null);
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

    /** Back to the consolidation page's panel with what happened. */
    static Response redirect(long campaignId, boolean ok, String message) {
        String value = URLEncoder.encode((ok ? OK : ERROR) + message, StandardCharsets.UTF_8);
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/campaigns/" + campaignId + "/rollup#signed")).cookie(cookie).build();
    }
}
