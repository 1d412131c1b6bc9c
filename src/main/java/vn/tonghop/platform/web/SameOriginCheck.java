package vn.tonghop.platform.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import vn.tonghop.platform.i18n.Messages;

/**
 * Refuses page form posts sent from another site (cross-site request forgery). Pages log in with a session cookie that
 * is already SameSite=Lax; this also covers sibling sub-domains. Browsers send Origin (or at least Referer) with every
 * form post, so a post whose origin is neither this host nor the configured base URL is refused. /api is left out: it
 * takes bearer tokens only, which a browser never adds by itself.
 */
public class SameOriginCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "tonghop.base-url")
    Optional<String> baseUrl;

    @Inject
    Messages messages;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null || origin.isBlank()) {
            return;
        }
        String authority = authority(origin);
        String host = request.getHeaderString("Host");
        boolean same = authority != null && (authority.equalsIgnoreCase(host)
                || baseUrl.map(SameOriginCheck::authority).map(authority::equalsIgnoreCase).orElse(false));
        if (!same) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }

    private static String authority(String url) {
        try {
            return URI.create(url.trim()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
