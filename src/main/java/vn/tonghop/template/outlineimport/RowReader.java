package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.model.UnitLevel;
import vn.tonghop.template.outlineimport.HeaderReader.Header;
import vn.tonghop.template.outlineimport.OutlineDraft.GroupDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.RowDraft;

/**
 * The body of a table: total rows ("Tổng", "Tổng số", "Cộng"), group headings (I, II, A, B or upper case), rows the
 * units fill (blank, "Xã.....", "xã b1") and named rows. Mostly unit placeholders make a {@code units} table whose
 * groups are the headings; named rows make a {@code fixed} table nested by their numbering.
 */
final class RowReader {

    static final Pattern TOTAL = Pattern.compile(Vocabulary.word("rows.total"), Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+\\.?");
    private static final Pattern CAPITAL = Pattern.compile(Vocabulary.word("rows.numbering.capital"));
    private static final Pattern ARABIC = Pattern.compile("[0-9]+(\\.[0-9]+)*\\.?");
    private static final Pattern LETTER = Pattern.compile(Vocabulary.word("rows.numbering.letter"));
    private static final Pattern DASH = Pattern.compile("[-–+*]");
    private static final Set<String> UNIT_HEADERS = Set.copyOf(Vocabulary.words("rows.unitHeaders"));

    /** What the body says. {@code dataRows} are the rows holding data or placeholders (for formulas). */
    record Body(String kind, List<RowDraft> rows, List<GroupDraft> groups, String totalLabel, boolean total,
            String issuerRowLabel, List<Integer> dataRows, List<Integer> totalRows) {
    }

    private record Line(int row, String ordinal, String label, boolean heading, boolean total, boolean placeholder) {
    }

    private RowReader() {
    }

    static Body read(Grid g, Header h, Slugs keys, ImportMessages msg, List<OutlineDraft.Warning> warnings) {
        List<Line> lines = new ArrayList<>();
        for (int r = h.firstData(); r < g.height(); r++) {
            if (HeaderReader.repeatsHeader(g, r)) {
                r += h.depth() - 1;
                continue;
            }
            String ordinal = h.ordinalCol() < 0 ? "" : g.text(r, h.ordinalCol());
            String label = HeaderReader.clean(g.text(r, h.labelCol()));
            boolean dataEmpty = dataEmpty(g, h, r);
            // Excel's SUM down the column: an unnamed row of them is the total, a group heading's its subtotal.
            boolean sums = sumRow(g, h, r);
            boolean total = TOTAL.matcher(label).matches() || label.isEmpty() && TOTAL.matcher(ordinal).matches()
                    || sums && label.isEmpty();
            boolean heading = !total && (dataEmpty || sums) && !label.isEmpty() && (ROMAN.matcher(ordinal).matches()
                    || CAPITAL.matcher(ordinal).matches() || ordinal.isEmpty() && upperCase(label));
            boolean placeholder = !total && !heading && UnitWords.placeholder(label);
            lines.add(new Line(r, ordinal, total && label.isEmpty() ? ordinal : label, heading, total, placeholder));
        }
        long placeholders = lines.stream().filter(Line::placeholder).count();
        long named = lines.stream().filter(l -> !l.placeholder() && !l.heading() && !l.total()).count();
        boolean unitHeader = UNIT_HEADERS.stream().anyMatch(w -> HeaderReader.lower(h.labelHeader()).contains(w));
        boolean units = placeholders > 0 && (placeholders >= named || unitHeader) || lines.isEmpty() && unitHeader;
        List<Integer> dataRows = lines.stream().filter(l -> !l.total() && !l.heading()).map(Line::row).toList();
        List<Integer> totalRows = lines.stream().filter(Line::total).map(Line::row).toList();
        String totalLabel = lines.stream().filter(Line::total).map(Line::label).filter(l -> !l.isBlank()).findFirst()
                .orElse(null);
        if (units) {
            return unitsBody(g, lines, totalLabel, dataRows, totalRows, msg, warnings);
        }
        return new Body("fixed", fixedRows(lines, keys), List.of(), totalLabel, !totalRows.isEmpty(), null, dataRows,
                totalRows);
    }

    private static Body unitsBody(Grid g, List<Line> lines, String totalLabel, List<Integer> dataRows,
            List<Integer> totalRows, ImportMessages msg, List<OutlineDraft.Warning> warnings) {
        // The first heading style seen is a group; a different one under it (I, II under "CẤP HUYỆN") a subgroup.
        String groupStyle = null;
        List<GroupDraft> groups = new ArrayList<>();
        Set<UnitLevel> taken = EnumSet.noneOf(UnitLevel.class);
        String label = null;
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        UnitLevel subgroupBy = null;
        boolean subtotalInside = false;
        String issuerRowLabel = null;
        for (Line l : lines) {
            if (l.heading()) {
                String style = style(l.ordinal());
                if (groupStyle == null) {
                    groupStyle = style;
                }
                if (style.equals(groupStyle)) {
                    addGroup(groups, label, levels, subgroupBy, subtotalInside, taken);
                    label = l.label();
                    levels = EnumSet.noneOf(UnitLevel.class);
                    levels.addAll(UnitWords.levels(l.label()));
                    subgroupBy = null;
                    subtotalInside = false;
                } else {
                    Set<UnitLevel> sub = UnitWords.levels(l.label());
                    if (sub.size() == 1) {
                        subgroupBy = sub.iterator().next();
                        levels.add(subgroupBy);
                    }
                }
            } else if (l.total()) {
                subtotalInside |= subgroupBy != null;
            } else {
                Set<UnitLevel> found = UnitWords.levels(l.label());
                levels.addAll(found);
                if (!l.placeholder()) {
                    if (subgroupBy != null && found.contains(subgroupBy) && issuerRowLabel == null) {
                        issuerRowLabel = l.label();
                    } else if (subgroupBy == null || !found.contains(subgroupBy)) {
                        warnings.add(new OutlineDraft.Warning(g.name + ", " + g.locator.at(l.row(), 1),
                                msg.namedRowInUnitsTable(l.label())));
                    }
                }
            }
        }
        addGroup(groups, label, levels, subgroupBy, subtotalInside, taken);
        return new Body("units", List.of(), groups, totalLabel, true, issuerRowLabel, dataRows, totalRows);
    }

    private static void addGroup(List<GroupDraft> groups, String label, Set<UnitLevel> levels, UnitLevel subgroupBy,
            boolean subtotalInside, Set<UnitLevel> taken) {
        if (label == null) {
            return;
        }
        List<String> own = levels.stream().filter(l -> !taken.contains(l)).map(UnitLevel::yamlName).toList();
        levels.forEach(taken::add);
        if (own.isEmpty()) {
            return;
        }
        groups.add(new GroupDraft(own, label, subgroupBy == null ? null : subgroupBy.yamlName(),
                subgroupBy != null && !subtotalInside ? false : null));
    }

    /** Named rows nest by numbering: the first style seen is level 1, a new style under it level 2 … */
    private static List<RowDraft> fixedRows(List<Line> lines, Slugs keys) {
        List<RowDraft> out = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (Line l : lines) {
            if (l.total() || l.label().isEmpty()) {
                continue;
            }
            String style = style(l.ordinal());
            int at = stack.indexOf(style);
            if (at >= 0) {
                stack.subList(at + 1, stack.size()).clear();
            } else {
                stack.add(style);
            }
            int level = stack.size();
            while (parents.size() >= level) {
                parents.remove(parents.size() - 1);
            }
            String key = keys.next(l.label(), parents.isEmpty() ? null : parents.get(parents.size() - 1), "dong");
            parents.add(key);
            out.add(new RowDraft(key, l.label(), level));
        }
        return out;
    }

    private static String style(String ordinal) {
        String o = ordinal.strip();
        if (o.isEmpty()) {
            return "none";
        }
        if (ROMAN.matcher(o).matches()) {
            return "roman";
        }
        if (CAPITAL.matcher(o).matches()) {
            return "capital";
        }
        if (ARABIC.matcher(o).matches()) {
            String core = o.endsWith(".") ? o.substring(0, o.length() - 1) : o;
            return "arabic" + core.replaceAll("[^.]", "").length();
        }
        if (LETTER.matcher(o).matches()) {
            return "letter";
        }
        return DASH.matcher(o).matches() ? "dash" : "other";
    }

    /** Every filled data cell of the row is a formula, and some add up their own column (Excel's total row). */
    private static boolean sumRow(Grid g, Header h, int r) {
        boolean sum = false;
        for (HeaderReader.HeaderColumn c : h.columns()) {
            Grid.Cell cell = g.cell(r, c.col());
            if (cell == null || cell.blank()) {
                continue;
            }
            if (cell.formula() == null) {
                return false;
            }
            sum |= ExcelFormulas.columnSum(cell.formula(), g.rowOffset + r, g.colOffset + c.col());
        }
        return sum;
    }

    private static boolean dataEmpty(Grid g, Header h, int r) {
        for (HeaderReader.HeaderColumn c : h.columns()) {
            Grid.Cell cell = g.cell(r, c.col());
            if (cell != null && !cell.blank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean upperCase(String s) {
        return s.length() > 2 && s.equals(s.toUpperCase(java.util.Locale.ROOT))
                && !s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }
}
