package vn.tonghop.template;

import java.net.URI;
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
import vn.tonghop.platform.web.PortalException;

@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateApiResource {

    static final String YAML_TYPE = "application/yaml";

    public record TemplateSummary(String code, int version, String title, boolean shared, boolean frozen) {
        static TemplateSummary of(TemplateVersion v) {
            return new TemplateSummary(v.code, v.version, v.title, v.ownerTenant == null, v.frozen);
        }
    }

    public record ValidationError(int line, String path, String message) {
        static ValidationError of(TemplateError e) {
            return new ValidationError(e.line(), e.path(), e.message());
        }
    }

    public record ValidationResult(boolean valid, List<ValidationError> errors) {
    }

    /** A refused new version: the usual error body plus the positioned errors of {@code validate}. */
    public record Refusal(int status, String error, List<String> messages, boolean valid,
            List<ValidationError> errors) {
    }

    @Inject
    TemplateLibrary library;

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

    /** One version as stored, YAML text. */
    @GET
    @Path("{code}/{version: [0-9]+}.yaml")
    @Produces(YAML_TYPE + ";charset=UTF-8")
    public Response yaml(@PathParam("code") String code, @PathParam("version") int version) {
        TemplateVersion v = library.version(code, version)
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(code)));
        return Response.ok(v.yaml, YAML_TYPE + ";charset=UTF-8").build();
    }

    @POST
    @Path("validate")
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    public Response validate(String yaml) {
        TemplateParseResult result = library.validate(yaml == null ? "" : yaml);
        List<ValidationError> errors = result.errors().stream().map(ValidationError::of).toList();
        return Response.status(result.isValid() ? 200 : 422).entity(new ValidationResult(result.isValid(), errors))
                .build();
    }

    /** Creates the next version of a template for my tenant (issuers and admins). */
    @POST
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    public Response create(String yaml) {
        try {
            return Response.status(201).entity(TemplateSummary.of(library.createVersion(yaml))).build();
        } catch (TemplateException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Refusal(422, "Unprocessable Content",
                            e.errors().stream().map(TemplateError::toString).toList(), false,
                            e.errors().stream().map(ValidationError::of).toList()))
                    .build();
        }
    }

    /** Copies a version I can see (normally a shared one) into my tenant as its next version. */
    @POST
    @Path("{code}/{version: [0-9]+}/copy")
    public Response copy(@PathParam("code") String code, @PathParam("version") int version) {
        TemplateVersion copy = library.copyToMyTenant(code, version);
        return Response.created(URI.create("/api/templates/" + copy.code + "/" + copy.version + ".yaml"))
                .entity(TemplateSummary.of(copy)).build();
    }
}
