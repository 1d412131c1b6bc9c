package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as found in a file, before it is understood: a rectangle of positions where a merged cell is one {@link Cell}
 * shared by every position it covers. Word tables and Excel sheets both become one.
 */
final class Grid {

    /**
     * @param formula
     *            Excel formula without "=", or null
     * @param number
     *            the numeric value Excel holds, or null
     * @param percentFormat
     *            the cell is formatted as a percentage (its value is a fraction)
     */
    record Cell(String text, boolean bold, String formula, Double number, boolean percentFormat) {
        boolean blank() {
            return text.isBlank() && formula == null;
        }
    }

    /** Where a position is, for warnings ("ô E7" or "dòng 3, cột 5"). */
    interface Locator {
        String at(int row, int col);
    }

    final String name;
    final List<String> titleLines;
    final Locator locator;
    /** Sheet row and column of position (0, 0), for formulas (0 for Word). */
    int rowOffset;
    int colOffset;
    private final List<Cell[]> rows = new ArrayList<>();
    private int width;

    Grid(String name, List<String> titleLines, Locator locator) {
        this.name = name;
        this.titleLines = new ArrayList<>(titleLines);
        this.locator = locator;
    }

    void addRow(List<Cell> cells) {
        width = Math.max(width, cells.size());
        rows.add(cells.toArray(new Cell[0]));
    }

    int height() {
        return rows.size();
    }

    int width() {
        return width;
    }

    Cell cell(int r, int c) {
        Cell[] row = rows.get(r);
        return c < row.length && row[c] != null ? row[c] : null;
    }

    String text(int r, int c) {
        Cell cell = cell(r, c);
        return cell == null ? "" : cell.text().strip();
    }

    /** Whether (r, c) is where its cell starts (its top-left position). */
    boolean origin(int r, int c) {
        Cell cell = cell(r, c);
        return cell != null && (r == 0 || cell(r - 1, c) != cell) && (c == 0 || cell(r, c - 1) != cell);
    }

    /** How many rows the cell at (r, c) covers from r down. */
    int spanDown(int r, int c) {
        Cell cell = cell(r, c);
        int n = 1;
        while (cell != null && r + n < height() && cell(r + n, c) == cell) {
            n++;
        }
        return n;
    }

    boolean rowBlank(int r) {
        for (int c = 0; c < width; c++) {
            Cell cell = cell(r, c);
            if (cell != null && !cell.blank()) {
                return false;
            }
        }
        return true;
    }

    /** The texts of a row, merged cells once. */
    List<String> rowTexts(int r) {
        List<String> out = new ArrayList<>();
        Cell previous = null;
        for (int c = 0; c < width; c++) {
            Cell cell = cell(r, c);
            if (cell != previous) {
                out.add(cell == null ? "" : cell.text().strip());
            }
            previous = cell;
        }
        return out;
    }

    /** Appends the rows of another grid from {@code from} on (a table continued on the next page). */
    void append(Grid other, int from) {
        for (int r = from; r < other.height(); r++) {
            rows.add(other.rows.get(r));
            width = Math.max(width, other.rows.get(r).length);
        }
    }
}
