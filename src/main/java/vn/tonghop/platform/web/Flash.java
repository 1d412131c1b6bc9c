package vn.tonghop.platform.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;

/**
 * Post/redirect/get for pages: a successful form post redirects with a message kept in a short-lived cookie, and the
 * next page shows it once (layout.html reads {@code flash}).
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";

    @Inject
    RoutingContext routing;

    @Inject
    Messages messages;

    public Response redirect(String path, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    /** The page in the user's language, with the message the previous redirect left, which is then cleared. */
    public TemplateInstance page(TemplateInstance page) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null) {
            page.data("flash", URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
            routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX));
        }
        return messages.localise(page);
    }

    /** A page re-shown after a refused form post: the status says why, the page keeps what the user typed. */
    public Response refused(int status, TemplateInstance page) {
        return Response.status(status).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE).entity(messages.localise(page))
                .build();
    }
}
