package vn.tonghop.template;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.web.PortalException;

@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateApiResource {

    public record TemplateSummary(String code, int version, String title, boolean shared, boolean frozen) {
        static TemplateSummary of(TemplateVersion v) {
            return new TemplateSummary(v.code, v.version, v.title, v.ownerTenant == null, v.frozen);
        }
    }

    public record ValidationError(int line, String path, String message) {
    }

    public record ValidationResult(boolean valid, List<ValidationError> errors) {
    }

    @Inject
    TemplateLibrary library;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    @GET
    public List<TemplateSummary> list() {
        return library.latestVersions().stream().map(TemplateSummary::of).toList();
    }

    @GET
    @Path("{code}")
    @Produces({ MediaType.APPLICATION_JSON, "application/yaml" })
    public Response get(@PathParam("code") String code) {
        TemplateVersion v = library.latest(code).orElseThrow(() -> PortalException.notFound(messages.get().notFound()));
        return Response.ok(Map.of("code", v.code, "version", v.version, "title", v.title, "yaml", v.yaml, "versions",
                library.versions(code).stream().map(TemplateSummary::of).toList())).build();
    }

    @POST
    @Path("validate")
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    public Response validate(String yaml) {
        TemplateParseResult result = library.validate(yaml == null ? "" : yaml);
        List<ValidationError> errors = result.errors().stream()
                .map(e -> new ValidationError(e.line(), e.path(), e.message())).toList();
        return Response.status(result.isValid() ? 200 : 422).entity(new ValidationResult(result.isValid(), errors))
                .build();
    }

    /** Creates the next version of a template for my tenant (issuers and admins). */
    @POST
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    public Response create(String yaml) {
        if (access.unitsWithRole(java.util.EnumSet.of(vn.tonghop.user.Role.ISSUER, vn.tonghop.user.Role.ADMIN))
                .isEmpty()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        return Response.status(201).entity(TemplateSummary.of(library.createVersion(yaml))).build();
    }
}
