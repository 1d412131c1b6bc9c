package vn.tonghop.audit;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit trail for tenant administrators: read only, newest first. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditApiResource {

    @Inject
    AuditService audit;

    @GET
    public List<AuditEntry> search(@RestQuery String action, @RestQuery String unit, @RestQuery String from,
            @RestQuery String to, @RestQuery String user, @RestQuery Integer limit) {
        return audit.search(new AuditService.Filter(action, unit, from, to, user), limit);
    }
}
