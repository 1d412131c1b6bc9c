package vn.tonghop.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;

/** The unit tree on a day, with import, export and (for administrators) reorganisation and its history. */
@Path("/units")
@Produces(MediaType.TEXT_HTML)
public class UnitsPage {

    /** A tree line: the unit and how far to indent it below the top of what the user sees. */
    public record TreeRow(UnitView unit, int indent) {
    }

    public record EventRow(UnitEvent.Kind kind, String unitCode, String unitName, String targetCode, String targetName,
            LocalDate effectiveOn, String note, String createdBy) {
        static EventRow of(UnitEvent e) {
            return new EventRow(e.kind, e.unit.code, e.unit.name, e.target == null ? null : e.target.code,
                    e.target == null ? null : e.target.name, e.effectiveOn, e.note, e.createdBy);
        }
    }

    public record View(LocalDate day, String dayIso, String badDay, List<TreeRow> rows, boolean admin,
            boolean canExport, List<EventRow> history, List<String> importErrors, List<String> reorgErrors,
            Reorganisation reorg, List<UnitEvent.Kind> kinds) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance units(View view);
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
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance units(@QueryParam("on") String on) {
        requireRegistered();
        return flash.page(Templates.units(view(on, List.of(), List.of(), Reorganisation.empty())));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        try {
            UnitImportService.Result result = importer.importFile(UnitApiResource.bytes(file));
            return flash.redirect("/units", messages.bundle(UnitMessages.class).imported(result.imported()));
        } catch (PortalException e) {
            if (e.status() != 422) {
                throw e;
            }
            return flash.refused(422, Templates.units(view(null, e.messages(), List.of(), Reorganisation.empty())));
        }
    }

    @POST
    @Path("reorganise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reorganise(@RestForm String kind, @RestForm String unitCode, @RestForm String targetCode,
            @RestForm String effectiveOn, @RestForm String note) {
        Reorganisation request = new Reorganisation(kind(kind), unitCode, targetCode, effectiveOn, note);
        try {
            reorganisation.apply(request);
            return flash.redirect("/units", messages.bundle(UnitMessages.class).reorganised());
        } catch (PortalException e) {
            if (e.status() == 403) {
                throw e;
            }
            return flash.refused(e.status(), Templates.units(view(null, List.of(), e.messages(), request)));
        }
    }

    @GET
    @Path("export.csv")
    @Produces(UnitFileFormat.CSV_TYPE + ";charset=UTF-8")
    public Response exportCsv(@QueryParam("on") String on) {
        LocalDate day = day(on);
        return UnitApiResource.download(exporter.csv(day), UnitFileFormat.CSV_TYPE + ";charset=UTF-8",
                UnitExportService.fileName(day, "csv"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(UnitFileFormat.XLSX_TYPE)
    public Response exportXlsx(@QueryParam("on") String on) {
        LocalDate day = day(on);
        return UnitApiResource.download(exporter.xlsx(day), UnitFileFormat.XLSX_TYPE,
                UnitExportService.fileName(day, "xlsx"));
    }

    private View view(String on, List<String> importErrors, List<String> reorgErrors, Reorganisation reorg) {
        LocalDate day = clock.today();
        String badDay = null;
        try {
            day = PortalClock.parseDay(on).orElse(day);
        } catch (DateTimeParseException e) {
            badDay = messages.get().badDate(on);
        }
        List<UnitView> tree = units.visibleTree(day);
        int top = tree.stream().mapToInt(UnitView::depth).min().orElse(0);
        List<TreeRow> rows = tree.stream().map(u -> new TreeRow(u, u.depth() - top)).toList();
        boolean admin = access.isTenantAdmin();
        List<EventRow> history = reorganisation.visibleHistory().stream().map(EventRow::of).toList();
        return new View(day, day.toString(), badDay, rows, admin, !access.subtreeUnits().isEmpty(), history,
                importErrors, reorgErrors, reorg, List.of(UnitEvent.Kind.values()));
    }

    private LocalDate day(String on) {
        try {
            return PortalClock.parseDay(on).orElseGet(clock::today);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(messages.get().badDate(on));
        }
    }

    private static UnitEvent.Kind kind(String text) {
        try {
            return text == null || text.isBlank() ? null : UnitEvent.Kind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void requireRegistered() {
        if (!currentUser.isRegistered()) {
            throw PortalException.forbidden(messages.get().notRegistered(String.valueOf(currentUser.username())));
        }
    }
}
