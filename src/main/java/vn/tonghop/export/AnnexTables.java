package vn.tonghop.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.template.AnnexNote;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;

/**
 * From a template's table definition to the print model: columns, grouped header rows, the annex heading, and the blank
 * form that units print and fill by hand. The rollup builds its filled tables with the same columns and header.
 */
public final class AnnexTables {

    /** Empty numbered rows printed under each block of a blank form. */
    public static final int BLANK_ROWS = 3;
    /** Empty numbered rows of a blank free table. */
    public static final int BLANK_FREE_ROWS = 5;

    private static final Locale VI = Locale.forLanguageTag("vi");

    private AnnexTables() {
    }

    public static ColumnSpec column(Column column) {
        return new ColumnSpec(column.code(), column.header(), column.type(), column.effectiveScale(),
                column.scale() != null);
    }

    /** The leaf columns in display order. */
    public static List<ColumnSpec> columns(TableDef table) {
        return table.columns().stream().map(AnnexTables::column).toList();
    }

    /** The grouped header: STT and the label first, spanning every header row. */
    public static List<List<HeaderCell>> headerRows(TableDef table) {
        return table.headerRows();
    }

    /** A table with the definition's columns and header and the given rows. */
    public static AnnexTable of(TableDef table, List<AnnexRow> rows) {
        return new AnnexTable(table.code(), table.title(), headerRows(table), columns(table), rows);
    }

    /**
     * The annex that prints a table: "PHỤ LỤC II" (the table title in capitals), the subtitle as its title, the notes
     * as the "(Kèm theo …)" line, left blank to be written in (see {@link AnnexNote}).
     */
    public static Annex annex(TableDef table, AnnexTable content) {
        String heading = table.title() == null ? DocumentWording.text("annex.heading")
                : table.title().trim().toUpperCase(VI);
        return new Annex(heading, table.subtitle(), AnnexNote.of(table.notes(), null, null, null), content);
    }

    /**
     * The blank form of a table: a units table shows its group headings (and, for blocks grouped by district, a
     * sub-heading with the district office's row) over a few empty numbered rows; a fixed table shows its predefined
     * rows (parents as bold headings); a free table a few empty numbered rows.
     */
    public static AnnexTable blank(TableDef table) {
        int width = table.columns().size();
        List<AnnexRow> rows = switch (table.rowModel()) {
            case UNITS -> unitRows(table, width);
            case FIXED -> fixedRows(table, width);
            case FREE -> freeRows(table, width);
        };
        if (table.totalRow() && table.rowModel() != RowModel.UNITS) {
            rows.add(row(RowKind.GRAND_TOTAL, "", table.totalLabel(), 0, width));
        }
        return of(table, rows);
    }

    private static List<AnnexRow> unitRows(TableDef table, int width) {
        List<AnnexRow> rows = new ArrayList<>();
        boolean subgroups = table.unitGroups().stream().anyMatch(g -> g.subgroupBy() != null);
        int g = 0;
        for (UnitGroupLabel group : table.unitGroups()) {
            g++;
            String ordinal = subgroups ? NumberingStyle.LETTER.ordinal(g).toUpperCase(VI)
                    : NumberingStyle.ROMAN.ordinal(g);
            rows.add(row(RowKind.GROUP, ordinal, group.label(), 0, width));
            if (group.subgroupBy() != null) {
                for (int s = 1; s <= 2; s++) {
                    rows.add(row(RowKind.SUBGROUP, NumberingStyle.ROMAN.ordinal(s), "", 1, width));
                    rows.add(row(RowKind.DATA, "1", table.issuerRow() ? issuerLabel(table) : "", 2, width));
                    for (int i = 2; i <= BLANK_ROWS; i++) {
                        rows.add(row(RowKind.DATA, String.valueOf(i), "", 2, width));
                    }
                }
            } else {
                for (int i = 1; i <= BLANK_ROWS; i++) {
                    rows.add(row(RowKind.DATA, String.valueOf(i), "", 1, width));
                }
            }
            if (group.subtotal()) {
                rows.add(row(RowKind.TOTAL, "", DocumentWording.text("annex.total"), 1, width));
            }
        }
        if (table.unitGroups().isEmpty()) {
            for (int i = 1; i <= BLANK_ROWS; i++) {
                rows.add(row(RowKind.DATA, String.valueOf(i), "", 0, width));
            }
        }
        if (table.totalRow()) {
            rows.add(row(RowKind.GRAND_TOTAL, "", table.totalLabel(), 0, width));
        }
        return rows;
    }

    private static String issuerLabel(TableDef table) {
        return table.issuerRowLabel() != null ? table.issuerRowLabel() : "";
    }

    private static List<AnnexRow> fixedRows(TableDef table, int width) {
        List<AnnexRow> rows = new ArrayList<>();
        int n = 0;
        for (FixedRow root : table.fixedRows()) {
            n++;
            fixed(root, String.valueOf(n), rows, width);
        }
        return rows;
    }

    private static void fixed(FixedRow row, String ordinal, List<AnnexRow> rows, int width) {
        rows.add(row(row.isLeaf() ? RowKind.DATA : RowKind.HEADING, ordinal, row.label(), row.depth(), width));
        int n = 0;
        for (FixedRow child : row.children()) {
            n++;
            String childOrdinal = row.depth() == 0 ? NumberingStyle.LETTER.ordinal(n) : "-";
            fixed(child, childOrdinal, rows, width);
        }
    }

    private static List<AnnexRow> freeRows(TableDef table, int width) {
        int count = table.maxRows() == null ? BLANK_FREE_ROWS : Math.min(BLANK_FREE_ROWS, table.maxRows());
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(row(RowKind.DATA, String.valueOf(i), "", 0, width));
        }
        return rows;
    }

    private static AnnexRow row(RowKind kind, String ordinal, String label, int depth, int width) {
        return new AnnexRow(kind, ordinal, label == null ? "" : label, Collections.nCopies(width, null), depth, null);
    }
}
