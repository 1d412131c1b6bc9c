package vn.tonghop.platform.security;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Feeds Hibernate's tenant discriminator: an explicit tenant context first, else the logged-in user's tenant. */
@PersistenceUnitExtension
@RequestScoped
public class PortalTenantResolver implements TenantResolver {

    /** Matches no row: code without a tenant sees nothing rather than everything. */
    public static final String NO_TENANT = "-";

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenantContext;

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return tenantContext.override().orElseGet(() -> {
            String tenant = identity.getAttribute(CurrentUser.TENANT);
            return tenant == null ? NO_TENANT : tenant;
        });
    }
}
