package vn.tonghop.template.outlineimport;

import java.util.List;

/**
 * A piece of the uploaded file as the builder shows it beside the draft, with what the import made of it.
 *
 * @param kind
 *            heading, title, text (guidance), annex (a table's title lines), skipped (the letter, the signing block) or
 *            table
 * @param level
 *            a heading's level, else 0
 * @param rows
 *            a table's cell texts (the first rows), else empty
 */
public record SourceBlock(String kind, String text, int level, List<List<String>> rows) {

    static final int MAX_ROWS = 40;

    static SourceBlock of(String kind, String text) {
        return new SourceBlock(kind, text, 0, List.of());
    }

    static SourceBlock table(Grid g) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < Math.min(g.height(), MAX_ROWS); r++) {
            rows.add(g.rowTexts(r));
        }
        return new SourceBlock("table", g.name, 0, rows);
    }
}
