package vn.tonghop.tenant;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Tenants for platform administrators; 403 for everyone else. */
@Path("/api/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantApiResource {

    public record TenantDto(String code, String name, OffsetDateTime createdAt) {
        static TenantDto of(Tenant t) {
            return new TenantDto(t.code, t.name, t.createdAt);
        }
    }

    @Inject
    TenantProvisioning provisioning;

    @GET
    public List<TenantDto> list() {
        return provisioning.list().stream().map(TenantDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewTenant body) {
        Tenant tenant = provisioning.create(body == null ? NewTenant.empty() : body);
        return Response.created(URI.create("/api/platform/tenants/" + tenant.code)).entity(TenantDto.of(tenant))
                .build();
    }
}
