package vn.tonghop.tenant;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;

/** Tenants for platform administrators: the list and the form that opens a new one. */
@Path("/platform/tenants")
@Produces(MediaType.TEXT_HTML)
public class TenantsPage {

    public record Row(String code, String name, String createdAt) {
        static Row of(Tenant t) {
            return new Row(t.code, t.name, t.createdAt == null ? ""
                    : t.createdAt.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME));
        }
    }

    public record View(List<Row> tenants, NewTenant form, List<String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenants(View view);
    }

    @Inject
    TenantProvisioning provisioning;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return flash.page(Templates.tenants(view(NewTenant.empty(), List.of())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String rootCode,
            @RestForm String rootName, @RestForm String adminUsername, @RestForm String adminDisplayName) {
        NewTenant form = new NewTenant(code, name, rootCode, rootName, adminUsername, adminDisplayName);
        try {
            Tenant tenant = provisioning.create(form);
            return flash.redirect("/platform/tenants", messages.get().tenantCreated(tenant.name));
        } catch (PortalException e) {
            if (e.status() == 403) {
                throw e;
            }
            return flash.refused(e.status(), Templates.tenants(view(form, e.messages())));
        }
    }

    private View view(NewTenant form, List<String> errors) {
        return new View(provisioning.list().stream().map(Row::of).toList(), form, errors);
    }
}
