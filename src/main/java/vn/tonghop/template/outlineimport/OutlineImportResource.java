package vn.tonghop.template.outlineimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import vn.tonghop.attachment.Sizes;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.template.TemplateErrorMessages;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateParseResult;

/**
 * The outline import and the builder's conversions: a Word or Excel file to a draft and YAML, a draft to YAML, YAML to
 * a draft. Nothing here stores anything; saving goes through {@code POST /api/templates} as any YAML does.
 */
@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
public class OutlineImportResource {

    public record ErrorMessage(String message) {
    }

    public record Refused(List<ErrorMessage> errors) {
        static Refused of(String message) {
            return new Refused(List.of(new ErrorMessage(message)));
        }
    }

    /** A YAML error with its place, as {@code /api/templates/validate} reports them. */
    public record YamlError(int line, String path, String message) {
    }

    public record YamlRefused(List<YamlError> errors) {
    }

    @Inject
    OutlineImporter importer;

    @Inject
    TemplateLibrary library;

    @Inject
    Messages messages;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("code") String code) {
        library.requireAuthor();
        ImportMessages msg = bundle();
        if (file == null || file.uploadedFile() == null) {
            return Response.status(422).entity(Refused.of(msg.noFile())).build();
        }
        try {
            if (Files.size(file.uploadedFile()) > importer.maxBytes()) {
                return Response.status(422)
                        .entity(Refused.of(msg.tooLarge(file.fileName(), Sizes.human(importer.maxBytes())))).build();
            }
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return Response.ok(importer.importFile(file.fileName(), bytes, code, msg,
                    messages.bundle(TemplateErrorMessages.class))).build();
        } catch (OutlineImporter.RefusedException e) {
            return Response.status(422).entity(Refused.of(e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The builder's draft as YAML (what the advanced tab shows and what is saved). */
    @POST
    @Path("draft/yaml")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response yamlOf(OutlineDraft draft) {
        library.requireAuthor();
        if (draft == null) {
            return Response.status(422).entity(Refused.of(bundle().badDraft())).build();
        }
        try {
            return Response.ok(importer.fromDraft(draft, bundle(), messages.bundle(TemplateErrorMessages.class)))
                    .build();
        } catch (RuntimeException e) {
            return Response.status(422).entity(Refused.of(bundle().badDraft())).build();
        }
    }

    /** YAML typed in the advanced tab as the builder's draft, or where it is wrong. */
    @POST
    @Path("draft/outline")
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    public Response draftOf(String yaml) {
        library.requireAuthor();
        TemplateParseResult result = importer.parse(yaml == null ? "" : yaml);
        if (!result.isValid()) {
            TemplateErrorMessages words = messages.bundle(TemplateErrorMessages.class);
            return Response.status(422).entity(new YamlRefused(
                    result.errors().stream().map(e -> new YamlError(e.line(), e.path(), e.message(words))).toList()))
                    .build();
        }
        return Response.ok(importer.draftOf(result.template())).build();
    }

    private ImportMessages bundle() {
        return "en".equals(messages.locale().getLanguage())
                ? MessageBundles.get(ImportMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ImportMessages.class);
    }
}
