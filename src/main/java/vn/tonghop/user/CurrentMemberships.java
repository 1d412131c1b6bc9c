package vn.tonghop.user;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.security.TenantContext;

/** The memberships of this request's user: their roles at units. */
@RequestScoped
public class CurrentMemberships {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantContext tenantContext;

    @Inject
    CurrentUser currentUser;

    private List<Membership> memberships;

    /**
     * The user's roles at units, read with the identity at login of the request (no query). Inside another tenant than
     * the user's own (a platform administrator's or a job's tenant context) they are read from that tenant instead.
     */
    public List<Grant> grants() {
        List<Grant> grants = identity.isAnonymous() ? null : identity.getAttribute(PortalIdentityAugmentor.GRANTS);
        boolean otherTenant = tenantContext.override().filter(t -> !t.equals(currentUser.tenantCode().orElse(null)))
                .isPresent();
        if (grants == null || otherTenant) {
            return memberships().stream().map(m -> new Grant(m.unit.id, m.role)).toList();
        }
        return grants;
    }

    /** Memberships in the user's tenant, with their units, in a stable order. */
    public List<Membership> memberships() {
        if (memberships == null) {
            memberships = currentUser.id()
                    .map(userId -> Membership.<Membership> find(
                            "from Membership m join fetch m.unit where m.user.id = ?1 order by m.unit.code, m.role",
                            userId).list())
                    .orElse(List.of());
        }
        return memberships;
    }
}
