package vn.tonghop.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitApiResource {

    public record UnitDto(String code, String name, String kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, int level) {

        static UnitDto of(UnitView v) {
            return new UnitDto(v.code(), v.name(), v.kind().name(), v.parentCode(), v.validFrom(), v.validTo(),
                    v.level());
        }
    }

    public record ImportAnswer(int imported, int created, int updated) {
        static ImportAnswer of(UnitImportService.Result r) {
            return new ImportAnswer(r.imported(), r.created(), r.updated());
        }
    }

    public record MergeRequest(String into, String effectiveOn, String note) {
    }

    public record DissolveRequest(String childrenTo, String effectiveOn, String note) {
    }

    public record MoveRequest(String to, String effectiveOn, String note) {
    }

    public record EventDto(String kind, String unitCode, String unitName, String targetCode, String targetName,
            LocalDate effectiveOn, String note, String createdBy) {

        static EventDto of(UnitEvent e) {
            return new EventDto(e.kind.name(), e.unit.code, e.unit.name, e.target == null ? null : e.target.code,
                    e.target == null ? null : e.target.name, e.effectiveOn, e.note, e.createdBy);
        }
    }

    @Inject
    UnitService units;

    @Inject
    UnitImportService importer;

    @Inject
    UnitExportService exporter;

    @Inject
    ReorganisationService reorganisation;

    @Inject
    UnitAccess access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    /**
     * The subtree under a unit (the unit itself first) as it stood on a day ({@code on}: 2017-03-31 or 31/03/2017),
     * today by default. A unit that had ended by then is shown as on its last day.
     */
    @GET
    public List<UnitDto> subtree(@QueryParam("under") String under, @QueryParam("on") String on) {
        if (under == null || under.isBlank()) {
            throw PortalException.invalid(messages.get().unitNotFound(""));
        }
        LocalDate asked = day(on);
        Unit root = units.require(under);
        LocalDate day = units.effectiveDay(root, asked);
        access.requireVisible(root, day);
        return units.subtree(root, day).stream().map(UnitDto::of).toList();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportAnswer importForm(@RestForm("file") FileUpload file) {
        return ImportAnswer.of(importer.importFile(bytes(file)));
    }

    /** The file as the request body, for scripts: {@code curl --data-binary @units.csv -H 'Content-Type: text/csv'}. */
    @POST
    @Path("import")
    @Consumes({ UnitFileFormat.CSV_TYPE, UnitFileFormat.XLSX_TYPE, "application/vnd.ms-excel", MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM })
    public ImportAnswer importBody(byte[] body) {
        return ImportAnswer.of(importer.importFile(body));
    }

    @GET
    @Path("export.csv")
    @Produces(UnitFileFormat.CSV_TYPE + ";charset=UTF-8")
    public Response exportCsv(@QueryParam("on") String on) {
        LocalDate day = day(on);
        return download(exporter.csv(day), UnitFileFormat.CSV_TYPE + ";charset=UTF-8",
                UnitExportService.fileName(day, "csv"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(UnitFileFormat.XLSX_TYPE)
    public Response exportXlsx(@QueryParam("on") String on) {
        LocalDate day = day(on);
        return download(exporter.xlsx(day), UnitFileFormat.XLSX_TYPE, UnitExportService.fileName(day, "xlsx"));
    }

    @POST
    @Path("{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventDto merge(@PathParam("code") String code, MergeRequest body) {
        MergeRequest b = body == null ? new MergeRequest(null, null, null) : body;
        return EventDto.of(reorganisation
                .apply(new Reorganisation(UnitEvent.Kind.MERGE, code, b.into(), b.effectiveOn(), b.note())));
    }

    @POST
    @Path("{code}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventDto dissolve(@PathParam("code") String code, DissolveRequest body) {
        DissolveRequest b = body == null ? new DissolveRequest(null, null, null) : body;
        return EventDto.of(reorganisation
                .apply(new Reorganisation(UnitEvent.Kind.DISSOLVE, code, b.childrenTo(), b.effectiveOn(), b.note())));
    }

    @POST
    @Path("{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventDto move(@PathParam("code") String code, MoveRequest body) {
        MoveRequest b = body == null ? new MoveRequest(null, null, null) : body;
        return EventDto.of(
                reorganisation.apply(new Reorganisation(UnitEvent.Kind.MOVE, code, b.to(), b.effectiveOn(), b.note())));
    }

    @GET
    @Path("history")
    public List<EventDto> history() {
        return reorganisation.visibleHistory().stream().map(EventDto::of).toList();
    }

    private LocalDate day(String on) {
        try {
            return PortalClock.parseDay(on).orElseGet(clock::today);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(messages.get().badDate(on));
        }
    }

    static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
