package vn.tonghop.platform.web;

import java.security.SecureRandom;
import java.util.Base64;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The anti-forgery token of this browser (double-submit cookie): a random value kept in the {@value #COOKIE} cookie and
 * repeated by every page form post in the hidden field {@value #FIELD} ({@code {#include csrf-field /}}) and by the
 * page scripts in the header {@value #HEADER}. A site that is not the portal can make the browser send the cookie, but
 * cannot read it, so it cannot repeat it. The cookie is made the first time a page asks for the token and lives as long
 * as the browser session, so an open tab keeps working; portal.js reads it at each send, so a tab still works after the
 * cookie was made anew. Templates use {@code {inject:csrf.token}}, {@code {inject:csrf.parameterName}} and
 * {@code {inject:csrf.headerName}}, the names of Quarkus' REST CSRF extension, which the portal cannot use yet (see
 * README, security). Checked by {@link CsrfCheck}.
 */
@Named("csrf")
@ApplicationScoped
public class CsrfToken {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    static final int BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Where this request keeps the token once read or made. */
    private static final String KEY = CsrfToken.class.getName();

    @Inject
    CurrentVertxRequest current;

    /**
     * This browser's token; made, and its cookie set on this answer, when the browser has none (or a broken one). Empty
     * for a template drawn outside a request (no browser to hold it).
     */
    public String getToken() {
        RoutingContext routing = Arc.container().requestContext().isActive() ? current.getCurrent() : null;
        if (routing == null) {
            return "";
        }
        String token = routing.get(KEY);
        if (token == null) {
            token = fromCookie(routing);
            if (token == null) {
                token = renew(routing);
            }
            routing.put(KEY, token);
        }
        return token;
    }

    public String getParameterName() {
        return FIELD;
    }

    public String getHeaderName() {
        return HEADER;
    }

    public String getCookieName() {
        return COOKIE;
    }

    /** The token the browser sent in its cookie, if it is one the portal could have made. */
    static String fromCookie(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie != null && wellFormed(cookie.getValue()) ? cookie.getValue() : null;
    }

    /** Makes a new token and sets it as the cookie of this answer. */
    static String renew(RoutingContext routing) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // readable by the page's own scripts (portal.js repeats it in a header); no max-age: gone with the browser
        Cookie cookie = Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(false).setSameSite(CookieSameSite.LAX)
                .setSecure("https".equals(routing.request().scheme()));
        routing.response().addCookie(cookie);
        return value;
    }

    static boolean wellFormed(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(value).length == BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
