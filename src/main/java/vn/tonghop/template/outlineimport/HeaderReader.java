package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * The header block of a table: how many rows it has (from cells merged downwards, or rows that only carry
 * sub-headings), which columns are the ordinal and the row label, and for every other column its title and the group
 * titles above it.
 */
final class HeaderReader {

    private static final Pattern ORDINAL = Pattern.compile(Vocabulary.word("table.ordinalHeader"));
    /** A row numbering the columns: "(1) (2) (3)", "1 2 3", "A B 1 2". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?([0-9]{1,2}|[A-Z])\\)?(\\s*=.*)?");

    /**
     * @param depth
     *            header rows
     * @param firstData
     *            first row after the header (and after a row numbering the columns)
     * @param ordinalCol
     *            the STT column, or -1
     * @param labelCol
     *            the row-label column
     * @param columns
     *            data columns left to right
     */
    record Header(int depth, int firstData, int ordinalCol, int labelCol, String labelHeader,
            List<HeaderColumn> columns) {
    }

    /** A data column: its position, its own title and the group titles above it, outermost first. */
    record HeaderColumn(int col, String title, List<String> groups) {
    }

    private HeaderReader() {
    }

    static Header read(Grid g) {
        int depth = 1;
        for (int c = 0; c < g.width(); c++) {
            if (g.cell(0, c) != null) {
                depth = Math.max(depth, g.spanDown(0, c));
            }
        }
        // Headers typed without merging: the next rows carry titles under a group but nothing in the stub columns.
        while (depth < g.height() && subHeading(g, depth)) {
            depth++;
        }
        int ordinalCol = ORDINAL.matcher(g.text(0, 0)).matches() ? 0 : -1;
        int labelCol = ordinalCol + 1;
        if (labelCol >= g.width()) {
            labelCol = 0;
        }
        String labelHeader = g.text(0, labelCol);
        List<HeaderColumn> columns = new ArrayList<>();
        for (int c = labelCol + 1; c < g.width(); c++) {
            List<String> path = new ArrayList<>();
            Grid.Cell previous = null;
            for (int r = 0; r < depth; r++) {
                Grid.Cell cell = g.cell(r, c);
                if (cell != null && cell != previous && !cell.text().isBlank()) {
                    path.add(clean(cell.text()));
                }
                previous = cell;
            }
            if (path.isEmpty()) {
                path.add("");
            }
            String title = path.remove(path.size() - 1);
            columns.add(new HeaderColumn(c, title, path));
        }
        int firstData = depth;
        if (firstData < g.height() && numbersColumns(g, firstData)) {
            firstData++;
        }
        return new Header(depth, firstData, ordinalCol, labelCol, clean(labelHeader), columns);
    }

    /** Whether row r repeats the first header row (a table continued on the next page, header retyped). */
    static boolean repeatsHeader(Grid g, int r) {
        return r > 0 && g.rowTexts(r).equals(g.rowTexts(0)) && !g.text(0, 0).isEmpty();
    }

    /** How many first rows of {@code next} repeat the header of {@code previous} (0: none). */
    static int repeatsHeaderOf(Grid previous, Grid next) {
        Header h = read(previous);
        for (int r = 0; r < h.firstData(); r++) {
            if (r >= next.height() || !next.rowTexts(r).equals(previous.rowTexts(r))) {
                return r < h.depth() ? 0 : r;
            }
        }
        return h.firstData();
    }

    private static boolean subHeading(Grid g, int r) {
        if (!g.text(r, 0).isEmpty() || g.width() < 3 || !g.text(r, 1).isEmpty()) {
            return false;
        }
        int titled = 0;
        for (int c = 2; c < g.width(); c++) {
            Grid.Cell cell = g.cell(r, c);
            if (cell == null || cell.number() != null || cell.formula() != null) {
                return false;
            }
            String t = cell.text().strip();
            if (!t.isEmpty()) {
                if (t.matches("[0-9.,\\s]+")) {
                    return false;
                }
                titled++;
            }
        }
        return titled > 0;
    }

    private static boolean numbersColumns(Grid g, int r) {
        List<String> texts = g.rowTexts(r);
        int numbered = 0;
        for (String t : texts) {
            if (t.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(t).matches()) {
                return false;
            }
            numbered++;
        }
        return numbered >= Math.max(2, texts.size() - 1);
    }

    /** One line, single spaces, no trailing colon. */
    static String clean(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
