package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tonghop.platform.i18n.DocumentWording;

/**
 * An annex table (phụ lục).
 *
 * @param headerTree
 *            columns as declared, with group headers
 * @param columns
 *            leaf columns in display order
 * @param fixedRows
 *            root rows when {@code rowModel} is FIXED, else empty
 * @param unitGroups
 *            row blocks when {@code rowModel} is UNITS, else empty
 * @param maxRows
 *            row limit when {@code rowModel} is FREE; null = unlimited
 * @param labelHeader
 *            header of the row-label column ("Tên đơn vị", "Nội dung" …)
 * @param issuerRow
 *            UNITS only: the issuing unit also fills its own row
 * @param issuerRowLabel
 *            label of that row when it should not be the unit's name, e.g. "Bộ phận Một cửa cấp huyện"
 * @param totalRow
 *            whether a grand total row is shown
 * @param totalLabel
 *            its label ("Tổng cộng")
 */
public record TableDef(String code, String title, String subtitle, String notes, RowModel rowModel,
        List<ColumnNode> headerTree, List<Column> columns, List<Rule> rules, List<FixedRow> fixedRows,
        List<UnitGroupLabel> unitGroups, Integer maxRows, String labelHeader, boolean issuerRow, String issuerRowLabel,
        boolean totalRow, String totalLabel) {

    /** Number of header cells before the data columns: STT and the row label. */
    public static final int STUB_COLUMNS = 2;

    public static final String ORDINAL_HEADER = "STT";
    public static final String DEFAULT_TOTAL_LABEL = DocumentWording.text("table.totalLabel");

    public TableDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rowModel, "rowModel");
        headerTree = List.copyOf(headerTree);
        columns = columns == null ? leavesOf(headerTree) : List.copyOf(columns);
        rules = rules == null ? List.of() : List.copyOf(rules);
        fixedRows = fixedRows == null ? List.of() : List.copyOf(fixedRows);
        unitGroups = unitGroups == null ? List.of() : List.copyOf(unitGroups);
        labelHeader = labelHeader == null ? defaultLabelHeader(rowModel) : labelHeader;
        totalLabel = totalLabel == null ? DEFAULT_TOTAL_LABEL : totalLabel;
    }

    public static String defaultLabelHeader(RowModel rowModel) {
        return rowModel == RowModel.UNITS ? DocumentWording.text("table.labelHeader.units")
                : DocumentWording.text("table.labelHeader.items");
    }

    /** Grand total shown by default for unit tables only; fixed tables usually total through parent rows. */
    public static boolean defaultTotalRow(RowModel rowModel) {
        return rowModel == RowModel.UNITS;
    }

    public Optional<Column> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Column> computedColumns() {
        return columns.stream().filter(Column::isComputed).toList();
    }

    /** Fixed rows in display order. */
    public List<FixedRow> flattenFixedRows() {
        return FixedRow.flatten(fixedRows);
    }

    /** Number of header rows the grouped columns need. */
    public int headerDepth() {
        return headerTree.stream().mapToInt(ColumnNode::depth).max().orElse(1);
    }

    /**
     * Header rows for rendering grouped headers: row 0 starts with "STT" and the label header, both spanning all header
     * rows; group cells span their leaves horizontally; a leaf spans down to the last header row.
     */
    public List<List<HeaderCell>> headerRows() {
        int depth = headerDepth();
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        rows.get(0).add(new HeaderCell(ORDINAL_HEADER, 1, depth, null, 0));
        rows.get(0).add(new HeaderCell(labelHeader, 1, depth, null, 1));
        int col = STUB_COLUMNS;
        for (ColumnNode n : headerTree) {
            col = place(n, 0, depth, col, rows);
        }
        List<List<HeaderCell>> out = new ArrayList<>();
        for (List<HeaderCell> r : rows) {
            out.add(List.copyOf(r));
        }
        return List.copyOf(out);
    }

    private static int place(ColumnNode node, int level, int depth, int col, List<List<HeaderCell>> rows) {
        if (node instanceof ColumnNode.Leaf leaf) {
            rows.get(level).add(new HeaderCell(leaf.header(), 1, depth - level, leaf.column().code(), col));
            return col + 1;
        }
        ColumnNode.Group group = (ColumnNode.Group) node;
        int span = group.leaves().size();
        rows.get(level).add(new HeaderCell(group.header(), span, 1, null, col));
        int c = col;
        for (ColumnNode child : group.children()) {
            c = place(child, level + 1, depth, c, rows);
        }
        return c;
    }

    static List<Column> leavesOf(List<ColumnNode> tree) {
        List<Column> out = new ArrayList<>();
        for (ColumnNode n : tree) {
            out.addAll(n.leaves());
        }
        return out;
    }
}
