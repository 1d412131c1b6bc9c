package vn.tonghop.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

/**
 * The unit tree on a day as a file in the import format, so that an exported file imports back unchanged. Covers the
 * subtrees the user administers, issues for or views; reporters and approvers have no tree to export.
 */
@ApplicationScoped
public class UnitExportService {

    @Inject
    UnitService units;

    @Inject
    Event<UnitsExported> exported;

    @Inject
    UnitAccess access;

    @Inject
    Messages messages;

    public List<UnitFileRow> rows(LocalDate day) {
        List<Unit> roots = access.subtreeUnits();
        if (roots.isEmpty()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        List<UnitFileRow> rows = new ArrayList<>();
        for (UnitView v : units.forest(roots, List.of(), day)) {
            rows.add(new UnitFileRow(rows.size() + 2, v.code(), v.name(), v.kind().name(),
                    v.parentCode() == null ? "" : v.parentCode(), UnitFileFormat.date(v.validFrom()),
                    UnitFileFormat.date(v.validTo())));
        }
        return rows;
    }

    public byte[] csv(LocalDate day) {
        byte[] file = UnitFileFormat.writeCsv(rows(day));
        exported.fire(new UnitsExported(fileName(day, "csv")));
        return file;
    }

    public byte[] xlsx(LocalDate day) {
        byte[] file = UnitFileFormat.writeXlsx(rows(day));
        exported.fire(new UnitsExported(fileName(day, "xlsx")));
        return file;
    }

    public static String fileName(LocalDate day, String extension) {
        return "don-vi-" + day + "." + extension;
    }
}
