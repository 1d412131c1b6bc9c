package vn.tonghop.platform.security;

import java.util.List;
import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/** The logged-in user of this request, as the portal knows them. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenantContext;

    private List<Membership> memberships;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** Known to the portal: has a user record. */
    public boolean isRegistered() {
        return id().isPresent();
    }

    public Optional<Long> id() {
        return Optional.ofNullable(identity.<Long> getAttribute(PortalIdentityAugmentor.USER_ID));
    }

    /** Where the portal e-mails the user, if it knows an address. */
    public Optional<String> email() {
        return Optional.ofNullable(identity.<String> getAttribute(PortalIdentityAugmentor.EMAIL));
    }

    public Optional<String> tenantCode() {
        return Optional.ofNullable(identity.<String> getAttribute(PortalIdentityAugmentor.TENANT));
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(PortalIdentityAugmentor.PLATFORM_ADMIN_ROLE);
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.code());
    }

    /**
     * The user's roles at units, read with the identity at login of the request (no query). Inside another tenant than
     * the user's own (a platform administrator's or a job's tenant context) they are read from that tenant instead.
     */
    public List<Grant> grants() {
        List<Grant> grants = identity.isAnonymous() ? null : identity.getAttribute(PortalIdentityAugmentor.GRANTS);
        boolean otherTenant = tenantContext.override().filter(t -> !t.equals(tenantCode().orElse(null))).isPresent();
        if (grants == null || otherTenant) {
            return memberships().stream().map(m -> new Grant(m.unit.id, m.role)).toList();
        }
        return grants;
    }

    /** Memberships in the user's tenant, with their units, in a stable order. */
    public List<Membership> memberships() {
        if (memberships == null) {
            memberships = id().map(userId -> Membership.<Membership> find(
                    "from Membership m join fetch m.unit where m.user.id = ?1 order by m.unit.code, m.role", userId)
                    .list()).orElse(List.of());
        }
        return memberships;
    }
}
