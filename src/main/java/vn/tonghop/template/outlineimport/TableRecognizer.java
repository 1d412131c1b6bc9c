package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.outlineimport.HeaderReader.Header;
import vn.tonghop.template.outlineimport.HeaderReader.HeaderColumn;
import vn.tonghop.template.outlineimport.OutlineDraft.ColumnDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.TableDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.Warning;
import vn.tonghop.template.outlineimport.RowReader.Body;

/** A {@link Grid} made into a table draft: header, columns with types and formulas, rows and totals. */
final class TableRecognizer {

    /** Title lines above a table: "PHỤ LỤC II", the subtitle, "(Kèm theo …)". */
    record Titles(String title, String subtitle, String notes) {
        static Titles of(List<String> lines, String fallback) {
            String title = null;
            List<String> subtitle = new ArrayList<>();
            String notes = null;
            for (String raw : lines) {
                String line = HeaderReader.clean(raw);
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("(") && line.endsWith(")")) {
                    notes = notes == null ? line : notes + " " + line;
                } else if (title == null && line.matches(Vocabulary.word("outline.tableTitle"))) {
                    title = capitalise(line);
                } else {
                    subtitle.add(line);
                }
            }
            if (title == null && !subtitle.isEmpty()) {
                title = subtitle.remove(0);
            }
            return new Titles(title == null ? fallback : title, subtitle.isEmpty() ? null : String.join(" ", subtitle),
                    notes);
        }

        // "PHỤ LỤC II" → "Phụ lục II": the word in sentence case, the numeral kept.
        private static String capitalise(String line) {
            String[] words = line.split(" ");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                boolean numeral = w.matches("[IVXLC0-9]+[.:]?|[A-Z0-9]+\\.?[0-9]*");
                String shown = numeral && i > 0 ? w
                        : i == 0 ? w.charAt(0) + HeaderReader.lower(w.substring(1)) : HeaderReader.lower(w);
                out.append(i == 0 ? "" : " ").append(shown);
            }
            return out.toString();
        }
    }

    private TableRecognizer() {
    }

    static TableDraft recognise(Grid g, String code, Titles titles, ImportMessages msg, List<Warning> warnings) {
        Header h = HeaderReader.read(g);
        Slugs columnCodes = Slugs.underscores();
        Slugs rowKeys = Slugs.hyphens();
        Body body = RowReader.read(g, h, rowKeys, msg, warnings);

        List<String> allTitles = new ArrayList<>();
        for (HeaderColumn c : h.columns()) {
            allTitles.add(c.title());
            allTitles.addAll(c.groups());
        }
        boolean statistics = ColumnTyper.statistics(allTitles);
        List<ColumnDraft> columns = new ArrayList<>();
        Map<Integer, String> codeByCol = new HashMap<>();
        for (HeaderColumn c : h.columns()) {
            if (c.title().isEmpty()) {
                if (body.dataRows().stream().allMatch(r -> g.cell(r, c.col()) == null || g.cell(r, c.col()).blank())) {
                    warnings.add(new Warning(g.name + ", " + g.locator.at(0, c.col()), msg.columnWithoutTitle()));
                    continue;
                }
            }
            String title = c.title().isEmpty() ? msg.untitledColumn(columns.size() + 1) : c.title();
            List<Grid.Cell> values = new ArrayList<>();
            for (int r : body.dataRows()) {
                Grid.Cell cell = g.cell(r, c.col());
                if (cell != null && !cell.blank()) {
                    values.add(cell);
                }
            }
            String prefix = c.groups().isEmpty() ? null : c.groups().get(c.groups().size() - 1);
            String columnCode = columnCodes.next(title, prefix, "cot");
            codeByCol.put(g.colOffset + c.col(), columnCode);
            String type = ColumnTyper.type(title, c.groups(), values, statistics);
            // Counts and percentages are never negative; a percentage typed by the unit is at most 100.
            java.math.BigDecimal min = type.equals("integer") || type.equals("percent") ? java.math.BigDecimal.ZERO
                    : null;
            java.math.BigDecimal max = type.equals("percent") ? java.math.BigDecimal.valueOf(100) : null;
            columns.add(new ColumnDraft(columnCode, title, null, c.groups(), type, type.equals("percent") ? "%" : null,
                    false, min, max, null, null, null, null, null));
        }
        columns = formulas(g, h, body, columns, codeByCol, msg, warnings);
        String labelHeader = h.labelHeader().isEmpty() ? null : h.labelHeader();
        return new TableDraft(code, titles.title(), titles.subtitle(), titles.notes(), columns, body.kind(),
                body.rows(), body.groups(), labelHeader, body.total(), body.totalLabel(), null, body.issuerRowLabel(),
                null, List.of());
    }

    /** Formulas from Excel where every data row agrees, then ratio columns from their titles. */
    private static List<ColumnDraft> formulas(Grid g, Header h, Body body, List<ColumnDraft> columns,
            Map<Integer, String> codeByCol, ImportMessages msg, List<Warning> warnings) {
        List<ColumnDraft> out = new ArrayList<>();
        Map<String, Integer> colByCode = new HashMap<>();
        codeByCol.forEach((col, code) -> colByCode.put(code, col - g.colOffset));
        for (ColumnDraft c : columns) {
            int col = colByCode.get(c.code());
            Set<String> found = new LinkedHashSet<>();
            String failedAt = null;
            for (int r : body.dataRows()) {
                Grid.Cell cell = g.cell(r, col);
                if (cell == null || cell.formula() == null) {
                    continue;
                }
                try {
                    found.add(ExcelFormulas.translate(cell.formula(), g.rowOffset + r, codeByCol,
                            cell.percentFormat() && c.type().equals("percent")));
                } catch (ExcelFormulas.Untranslatable e) {
                    failedAt = failedAt == null ? g.locator.at(r, col) : failedAt;
                    warnings.add(new Warning(g.name + ", " + g.locator.at(r, col),
                            e instanceof ExcelFormulas.OtherRow
                                    ? msg.formulaOtherRow("=" + cell.formula(), e.getMessage())
                                    : msg.formulaNotTranslated("=" + cell.formula())));
                    break;
                }
            }
            String formula = null;
            if (found.size() == 1 && failedAt == null) {
                formula = found.iterator().next();
            } else if (found.size() > 1) {
                warnings.add(new Warning(g.name + ", " + g.locator.at(h.depth(), col), msg.formulasDiffer()));
            }
            totals(g, body, col, formula, codeByCol, c.type().equals("percent"), msg, warnings);
            out.add(formula == null ? c : withFormula(c, formula, c.type().equals("text") ? "decimal" : c.type()));
        }
        List<ColumnDraft> done = new ArrayList<>();
        for (ColumnDraft c : out) {
            if (c.type().equals("percent") && c.formula() == null) {
                String ratio = ColumnTyper.ratioFormula(c, out);
                if (ratio != null) {
                    c = withFormula(c, ratio, "percent");
                } else if (out.stream()
                        .filter(x -> x.formula() == null && (x.type().equals("integer") || x.type().equals("decimal")))
                        .count() >= 2) {
                    // Only where there are figures it could divide; beside none, the unit types the percentage.
                    warnings.add(new Warning(g.name + ", " + g.locator.at(0, colByCode.get(c.code())),
                            msg.ratioUnknown(c.title())));
                }
            }
            done.add(c);
        }
        return done;
    }

    /**
     * The total rows' formulas of a column: a sum down the column is what the portal's total does, the column's own
     * formula on the total's figures too; anything else is named, since the portal's total will not compute it.
     */
    private static void totals(Grid g, Body body, int col, String formula, Map<Integer, String> codeByCol,
            boolean percent, ImportMessages msg, List<Warning> warnings) {
        for (int r : body.totalRows()) {
            Grid.Cell cell = g.cell(r, col);
            if (cell == null || cell.formula() == null
                    || ExcelFormulas.columnSum(cell.formula(), g.rowOffset + r, g.colOffset + col)) {
                continue;
            }
            String own = null;
            try {
                own = ExcelFormulas.translate(cell.formula(), g.rowOffset + r, codeByCol,
                        percent && cell.percentFormat());
            } catch (ExcelFormulas.Untranslatable e) {
                // named below
            }
            if (own == null || !own.equals(formula)) {
                warnings.add(new Warning(g.name + ", " + g.locator.at(r, col), msg.totalNotSum("=" + cell.formula())));
            }
        }
    }

    private static ColumnDraft withFormula(ColumnDraft c, String formula, String type) {
        return new ColumnDraft(c.code(), c.title(), null, c.groups(), type, type.equals("percent") ? "%" : c.unit(),
                false, null, null, null, formula, null, null, null);
    }
}
