package vn.tonghop.platform.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** /api takes bearer tokens only (401 without one); every other path logs the browser in through the code flow. */
@ApplicationScoped
public class OidcTenantByPath implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/") ? "api" : null;
    }
}
