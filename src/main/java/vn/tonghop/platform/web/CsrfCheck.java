package vn.tonghop.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.platform.i18n.Messages;

/**
 * Refuses a state-changing request that rides on the browser's session cookie unless it repeats this browser's
 * {@link CsrfToken}: in the form field (url-encoded or multipart forms) or in the header (htmx and the page scripts).
 * Left out, since no browser adds their credentials by itself: /api, which takes bearer tokens only, and any request
 * that carries a bearer token (the portal then ignores the session cookie). A refused post changed nothing; the user is
 * shown why and sent back to reload the page, and the browser gets a fresh token if it had none.
 */
public class CsrfCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken csrf;

    @Inject
    Messages messages;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || exempt(request)) {
            return;
        }
        String expected = CsrfToken.fromCookie(routing);
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
            sent = field instanceof String s ? s : null;
        }
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.trim().getBytes(StandardCharsets.US_ASCII))) {
            csrf.getToken(); // a browser without a token gets one, so that sending again works
            throw PortalException.stalePage(messages.get().stalePage());
        }
    }

    static boolean exempt(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return true;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                        || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }
}
