package vn.tonghop.tenant;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.user.CurrentMemberships;

/** Who is logged in, with their tenant and memberships; here, above user, because it names the tenant. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record TenantRef(String code, String name) {
    }

    public record MembershipRef(String unitCode, String unitName, String role) {
    }

    public record Me(String username, TenantRef tenant, List<MembershipRef> memberships, boolean platformAdmin) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @GET
    public Me me() {
        TenantRef tenant = currentUser.tenantCode().flatMap(Tenant::findByCode).map(t -> new TenantRef(t.code, t.name))
                .orElse(null);
        List<MembershipRef> memberships = currentMemberships.memberships().stream()
                .map(m -> new MembershipRef(m.unit.code, m.unit.name, m.role.code())).toList();
        return new Me(currentUser.username(), tenant, memberships, currentUser.isPlatformAdmin());
    }
}
