package vn.tonghop.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of the current unit of work when it is not a user's request: start-up loaders, scheduled jobs and the
 * platform administrator acting inside a tenant. Request-scoped so it never leaks between requests.
 */
@RequestScoped
public class TenantContext {

    private String override;

    /** Sets the tenant (null clears it) and returns the one it replaces. */
    public String use(String tenantCode) {
        String previous = override;
        this.override = tenantCode;
        return previous;
    }

    public Optional<String> override() {
        return Optional.ofNullable(override);
    }
}
