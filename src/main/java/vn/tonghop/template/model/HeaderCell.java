package vn.tonghop.template.model;

/**
 * One cell of a rendered table header.
 *
 * @param columnCode
 *            the leaf column's code; null for group headers and for the STT/label stub cells
 * @param firstColumn
 *            0-based grid column where the cell starts (0 = STT, 1 = row label, 2.. = data columns), so XLSX/DOCX
 *            renderers can merge regions without recomputing positions
 */
public record HeaderCell(String text, int colSpan, int rowSpan, String columnCode, int firstColumn) {

    public boolean isLeaf() {
        return columnCode != null;
    }
}
