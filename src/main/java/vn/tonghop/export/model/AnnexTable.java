package vn.tonghop.export.model;

import java.util.List;

import vn.tonghop.template.model.HeaderCell;

/**
 * A table laid out for print: grouped header rows (STT and label stub cells first, as
 * {@link vn.tonghop.template.model.TableDef#headerRows()} gives them) and body rows whose values line up with
 * {@code columns}.
 */
public record AnnexTable(String code, String title, List<List<HeaderCell>> headerRows, List<ColumnSpec> columns,
        List<AnnexRow> rows) {

    public AnnexTable {
        headerRows = List.copyOf(headerRows);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
