package vn.tonghop.export.model;

import java.util.List;

import vn.tonghop.template.model.HeaderCell;

/**
 * A table laid out for print: grouped header rows (STT and label stub cells first, as
 * {@link vn.tonghop.template.model.TableDef#headerRows()} gives them) and body rows whose values line up with
 * {@code columns}, and an optional footnote printed under the table ("Số liệu chưa gồm: …").
 */
public record AnnexTable(String code, String title, List<List<HeaderCell>> headerRows, List<ColumnSpec> columns,
        List<AnnexRow> rows, String footnote) {

    public AnnexTable {
        headerRows = List.copyOf(headerRows);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public AnnexTable(String code, String title, List<List<HeaderCell>> headerRows, List<ColumnSpec> columns,
            List<AnnexRow> rows) {
        this(code, title, headerRows, columns, rows, null);
    }

    public AnnexTable withFootnote(String text) {
        return new AnnexTable(code, title, headerRows, columns, rows, text);
    }
}
