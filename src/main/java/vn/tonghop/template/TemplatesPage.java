package vn.tonghop.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;

/**
 * The template library for people: the list, one template with its outline, tables and YAML, download and upload of
 * YAML, and "copy to my tenant" of a shared template. Preview and blank DOCX/XLSX are linked from here.
 */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplatesPage {

    public record ListRow(TemplateVersion version, String source, boolean latest) {
    }

    /** A line of the outline; {@code indent} in rem. */
    public record SectionRow(Section section, String indent) {
    }

    /** A body line of a blank table: a fixed row, a unit group heading, a placeholder or a total. */
    public record BodyRow(String label, String indent, boolean heading, boolean placeholder) {
    }

    public record TableView(TableDef table, List<List<HeaderCell>> headerRows, List<BodyRow> rows) {
    }

    public record DetailView(TemplateVersion version, OutlineTemplate outline, List<TemplateVersion> versions,
            List<SectionRow> sections, List<TableView> tables, boolean canAuthor) {
    }

    public record UploadView(String yaml, String from, List<String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ListRow> rows, boolean canAuthor);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance upload(UploadView view);
    }

    @Inject
    TemplateLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        requireRegistered();
        List<TemplateVersion> all = library.visibleVersions();
        List<ListRow> rows = new ArrayList<>(all.size());
        String previousCode = null;
        for (TemplateVersion v : all) {
            rows.add(new ListRow(v, library.outline(v).source(), !v.code.equals(previousCode)));
            previousCode = v.code;
        }
        return flash.page(Templates.list(rows, library.canAuthor()));
    }

    @GET
    @Path("{code}")
    public TemplateInstance detail(@PathParam("code") String code, @RestQuery Integer version) {
        requireRegistered();
        TemplateVersion v = (version == null ? library.latest(code) : library.version(code, version))
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(code)));
        OutlineTemplate outline = library.outline(v);
        List<SectionRow> sections = outline.flattenSections().stream().map(s -> new SectionRow(s, indent(s.depth())))
                .toList();
        List<TableView> tables = outline.tables().stream().map(this::tableView).toList();
        return flash.page(Templates
                .detail(new DetailView(v, outline, library.versions(code), sections, tables, library.canAuthor())));
    }

    @GET
    @Path("{code}/{version: [0-9]+}.yaml")
    @Produces(TemplateApiResource.YAML_TYPE + ";charset=UTF-8")
    public Response download(@PathParam("code") String code, @PathParam("version") int version) {
        requireRegistered();
        TemplateVersion v = library.version(code, version)
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(code)));
        return Response.ok(v.yaml, TemplateApiResource.YAML_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + v.code + "-v" + v.version + ".yaml\"")
                .build();
    }

    /** The upload form, empty or filled with a version's YAML to edit it into a new one. */
    @GET
    @Path("new")
    public TemplateInstance uploadForm(@RestQuery String from, @RestQuery Integer version) {
        library.requireAuthor();
        String yaml = "";
        if (from != null && !from.isBlank()) {
            TemplateVersion v = (version == null ? library.latest(from) : library.version(from, version))
                    .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(from)));
            yaml = v.yaml;
        }
        return flash.page(Templates.upload(new UploadView(yaml, from, List.of())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String yaml, @RestForm String from) {
        library.requireAuthor();
        TemplateMessages t = bundle();
        String fileName = file == null || file.fileName() == null || file.fileName().isBlank() ? null : file.fileName();
        String text;
        try {
            String fromFile = fileText(file);
            text = fromFile != null && !fromFile.isBlank() ? fromFile : yaml == null ? "" : yaml;
        } catch (CharacterCodingException e) {
            return refused(yaml, from, List.of(t.uploadNotText()));
        }
        if (text.isBlank()) {
            return refused(text, from, List.of(t.uploadEmpty()));
        }
        try {
            TemplateVersion created = library.createVersion(text, fileName);
            return flash.redirect("/templates/" + created.code + "?version=" + created.version,
                    t.saved(created.title, created.version));
        } catch (TemplateException e) {
            TemplateErrorMessages words = messages.bundle(TemplateErrorMessages.class);
            List<String> lines = e.errors().stream().map(x -> t.errorAt(x.line(), x.path(), x.message(words))).toList();
            return refused(text, from, lines);
        } catch (PortalException e) {
            if (e.status() != 422) {
                throw e;
            }
            return refused(text, from, e.messages());
        }
    }

    @POST
    @Path("{code}/{version: [0-9]+}/copy")
    public Response copy(@PathParam("code") String code, @PathParam("version") int version) {
        TemplateVersion copy = library.copyToMyTenant(code, version);
        return flash.redirect("/templates/" + copy.code + "?version=" + copy.version,
                bundle().saved(copy.title, copy.version));
    }

    private Response refused(String yaml, String from, List<String> errors) {
        List<String> lines = new ArrayList<>(errors.size() + 1);
        lines.add(bundle().uploadRejected());
        lines.addAll(errors);
        return flash.refused(422, Templates.upload(new UploadView(yaml, from, lines)));
    }

    private TemplateMessages bundle() {
        return "en".equals(messages.locale().getLanguage())
                ? MessageBundles.get(TemplateMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(TemplateMessages.class);
    }

    private TableView tableView(TableDef table) {
        TemplateMessages t = bundle();
        List<BodyRow> rows = new ArrayList<>();
        if (table.rowModel() == RowModel.FIXED) {
            for (FixedRow r : table.flattenFixedRows()) {
                rows.add(new BodyRow(r.label(), indent(r.depth()), !r.isLeaf(), false));
            }
        } else if (table.rowModel() == RowModel.UNITS) {
            if (table.issuerRow() && table.issuerRowLabel() != null) {
                rows.add(new BodyRow(table.issuerRowLabel(), indent(0), false, false));
            }
            for (UnitGroupLabel g : table.unitGroups()) {
                rows.add(new BodyRow(g.label(), indent(0), true, false));
                rows.add(new BodyRow(t.unitRows(), indent(1), false, true));
            }
            if (table.unitGroups().isEmpty()) {
                rows.add(new BodyRow(t.unitRows(), indent(0), false, true));
            }
        } else {
            rows.add(new BodyRow(t.freeRows(table.maxRows()), indent(0), false, true));
        }
        if (table.totalRow()) {
            rows.add(new BodyRow(table.totalLabel(), indent(0), true, false));
        }
        return new TableView(table, table.headerRows(), rows);
    }

    private static String indent(int depth) {
        return String.valueOf(depth * 1.5);
    }

    /** The file's text (UTF-8, byte order mark dropped), or null when no file was sent. */
    private static String fileText(FileUpload file) throws CharacterCodingException {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireRegistered() {
        if (!currentUser.isRegistered() || currentUser.tenantCode().isEmpty()) {
            throw PortalException.forbidden(messages.get().notRegistered(String.valueOf(currentUser.username())));
        }
    }
}
