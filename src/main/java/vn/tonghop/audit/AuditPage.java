package vn.tonghop.audit;

import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

/** The audit trail page: a filter and the lines, for tenant administrators. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditService.Filter filter, List<String> actions, List<AuditEntry> entries,
                List<String> errors);
    }

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    @GET
    public Response page(@RestQuery String action, @RestQuery String unit, @RestQuery String from, @RestQuery String to,
            @RestQuery String user) {
        AuditService.Filter filter = new AuditService.Filter(action, unit, from, to, user);
        List<String> actions = Arrays.stream(AuditAction.values()).map(Enum::name).toList();
        try {
            return Response
                    .ok(messages.localise(Templates.audit(filter, actions, audit.search(filter, null), List.of())))
                    .build();
        } catch (PortalException e) {
            if (e.status() != 422) {
                throw e;
            }
            return Response.status(422)
                    .entity(messages.localise(Templates.audit(filter, actions, List.of(), e.messages()))).build();
        }
    }
}
