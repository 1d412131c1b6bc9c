package vn.tonghop.template.outlineimport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.template.model.AnomalyThresholds;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.EarlierPeriod;
import vn.tonghop.template.model.Frequency;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.Severity;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;
import vn.tonghop.template.model.UnitLevel;
import vn.tonghop.template.model.YamlEnum;
import vn.tonghop.template.outlineimport.OutlineDraft.ColumnDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.GroupDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.RowDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.RuleDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.SectionDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.TableDraft;

/**
 * A builder draft to a template and back. Flat levels become the section and fixed-row trees, column group paths become
 * the header tree; unknown spellings fall back to defaults, and the YAML parser has the last word on validity.
 */
public final class DraftConversion {

    private DraftConversion() {
    }

    public static OutlineTemplate toTemplate(OutlineDraft d) {
        ReportType type = YamlEnum.fromYaml(ReportType.class, d.reportType()).orElse(ReportType.CHUYEN_DE);
        Frequency frequency = type == ReportType.DINH_KY
                ? YamlEnum.fromYaml(Frequency.class, d.frequency()).orElse(null)
                : null;
        List<TableDef> tables = new ArrayList<>();
        for (TableDraft t : d.tables()) {
            tables.add(table(t));
        }
        return new OutlineTemplate(blankToNull(d.code()) == null ? "mau-moi" : d.code(), 1, d.title(),
                blankToNull(d.description()), blankToNull(d.source()), type, frequency,
                sections(d.sections(), 0, d.sections().size(), 0), tables, d.anomalies());
    }

    /** Sections of [from, to) at {@code depth}: each one owns the following deeper ones. */
    private static List<Section> sections(List<SectionDraft> all, int from, int to, int depth) {
        List<Section> out = new ArrayList<>();
        Map<NumberingStyle, Integer> counters = new EnumMap<>(NumberingStyle.class);
        int i = from;
        while (i < to) {
            SectionDraft s = all.get(i);
            int end = i + 1;
            while (end < to && all.get(end).level() > s.level()) {
                end++;
            }
            List<Section> children = sections(all, i + 1, end, depth + 1);
            NumberingStyle style = YamlEnum.fromYaml(NumberingStyle.class, s.numbering())
                    .orElse(NumberingStyle.defaultForDepth(depth));
            int position = counters.merge(style, 1, Integer::sum);
            String ordinal = blankToNull(s.ordinal()) == null ? style.ordinal(position) : s.ordinal();
            String table = blankToNull(s.table());
            SectionKind kind = YamlEnum.fromYaml(SectionKind.class, s.kind()).orElse(
                    table != null ? SectionKind.TABLE : children.isEmpty() ? SectionKind.TEXT : SectionKind.GROUP);
            if (table != null) {
                kind = SectionKind.TABLE;
            }
            boolean required = kind != SectionKind.GROUP && !s.optional();
            out.add(new Section(s.code(), ordinal, style, s.title(), blankToNull(s.guidance()), kind, required,
                    kind == SectionKind.TEXT ? s.maxLength() : null, table, children, depth));
            i = end;
        }
        return out;
    }

    private static TableDef table(TableDraft t) {
        RowModel model = YamlEnum.fromYaml(RowModel.class, t.rowsKind()).orElse(RowModel.UNITS);
        List<ColumnNode> tree = headerTree(t.columns(), 0, t.columns().size(), 0);
        List<Rule> rules = t.rules().stream().map(r -> new Rule(r.expr(),
                YamlEnum.fromYaml(Severity.class, r.severity()).orElse(Severity.ERROR), blankToNull(r.message())))
                .toList();
        List<UnitGroupLabel> groups = new ArrayList<>();
        if (model == RowModel.UNITS) {
            for (GroupDraft g : t.groups()) {
                List<UnitLevel> levels = g.levels().stream()
                        .flatMap(l -> YamlEnum.fromYaml(UnitLevel.class, l).stream()).toList();
                if (!levels.isEmpty()) {
                    groups.add(new UnitGroupLabel(levels, g.label(),
                            YamlEnum.fromYaml(UnitLevel.class, g.subgroupBy()).orElse(null),
                            g.subtotal() == null || g.subtotal()));
                }
            }
        }
        boolean total = t.total() == null ? TableDef.defaultTotalRow(model) : t.total();
        return new TableDef(t.code(), t.title(), blankToNull(t.subtitle()), blankToNull(t.notes()), model, tree, null,
                rules, model == RowModel.FIXED ? fixedRows(t.rows(), 0, t.rows().size(), 0) : List.of(), groups,
                model == RowModel.FREE ? t.maxRows() : null, blankToNull(t.labelHeader()),
                t.issuerRow() == null || t.issuerRow(), blankToNull(t.issuerRowLabel()), total,
                blankToNull(t.totalLabel()));
    }

    /** Columns of [from, to) whose group paths agree above {@code depth}; runs with the same next group nest. */
    private static List<ColumnNode> headerTree(List<ColumnDraft> cols, int from, int to, int depth) {
        List<ColumnNode> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            ColumnDraft c = cols.get(i);
            if (c.groups().size() <= depth) {
                out.add(new ColumnNode.Leaf(column(c)));
                i++;
                continue;
            }
            String group = c.groups().get(depth);
            int end = i + 1;
            while (end < to && cols.get(end).groups().size() > depth
                    && cols.get(end).groups().get(depth).equals(group)) {
                end++;
            }
            out.add(new ColumnNode.Group(group, headerTree(cols, i, end, depth + 1)));
            i = end;
        }
        return out;
    }

    private static Column column(ColumnDraft c) {
        ColumnType type = YamlEnum.fromYaml(ColumnType.class, c.type()).orElse(ColumnType.TEXT);
        boolean numeric = type.isNumeric();
        String formula = blankToNull(c.formula());
        RollupRule rollup = YamlEnum.fromYaml(RollupRule.class, c.rollup()).orElse(null);
        EarlierPeriod earlier = blankToNull(c.earlierColumn()) == null ? null
                : YamlEnum.fromYaml(PeriodOffset.class, c.earlierPeriod())
                        .map(p -> new EarlierPeriod(c.earlierColumn(), p)).orElse(null);
        boolean typed = formula == null && earlier == null;
        return new Column(c.code(), c.title(), type, blankToNull(c.unit()), typed && c.required(),
                numeric ? c.min() : null, numeric ? c.max() : null, rollup, formula, numeric ? c.scale() : null,
                earlier);
    }

    private static List<FixedRow> fixedRows(List<RowDraft> rows, int from, int to, int depth) {
        List<FixedRow> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            RowDraft r = rows.get(i);
            int end = i + 1;
            while (end < to && rows.get(end).level() > r.level()) {
                end++;
            }
            out.add(new FixedRow(r.key(), r.title(), fixedRows(rows, i + 1, end, depth + 1), depth));
            i = end;
        }
        return out;
    }

    public static OutlineDraft toDraft(OutlineTemplate t) {
        List<SectionDraft> sections = new ArrayList<>();
        for (Section s : t.flattenSections()) {
            boolean inferredKind = s.kind() == (s.tableCode() != null ? SectionKind.TABLE
                    : s.children().isEmpty() ? SectionKind.TEXT : SectionKind.GROUP);
            sections.add(new SectionDraft(s.code(), s.title(), s.depth() + 1, s.numbering().yamlName(), null,
                    s.guidance(), inferredKind ? null : s.kind().yamlName(),
                    s.kind() != SectionKind.GROUP && !s.required(), s.maxLength(), s.tableCode()));
        }
        List<TableDraft> tables = new ArrayList<>();
        for (TableDef table : t.tables()) {
            tables.add(tableDraft(table));
        }
        return new OutlineDraft(t.code(), t.title(), t.description(), t.source(), t.reportType().yamlName(),
                t.frequency() == null ? null : t.frequency().yamlName(), ordinals(t, sections), tables,
                t.anomalies().equals(AnomalyThresholds.DEFAULTS) ? null : t.anomalies());
    }

    // Keep an ordinal only where it is not the one counting would give ("3" written after "1").
    private static List<SectionDraft> ordinals(OutlineTemplate t, List<SectionDraft> drafts) {
        List<Section> flat = t.flattenSections();
        List<SectionDraft> out = new ArrayList<>();
        Deque<Map<NumberingStyle, Integer>> counters = new ArrayDeque<>();
        counters.push(new EnumMap<>(NumberingStyle.class));
        int depth = 0;
        for (int i = 0; i < flat.size(); i++) {
            Section s = flat.get(i);
            while (depth > s.depth()) {
                counters.pop();
                depth--;
            }
            while (depth < s.depth()) {
                counters.push(new EnumMap<>(NumberingStyle.class));
                depth++;
            }
            int position = counters.peek().merge(s.numbering(), 1, Integer::sum);
            SectionDraft d = drafts.get(i);
            out.add(s.ordinal().equals(s.numbering().ordinal(position)) ? d
                    : new SectionDraft(d.code(), d.title(), d.level(), d.numbering(), s.ordinal(), d.guidance(),
                            d.kind(), d.optional(), d.maxLength(), d.table()));
        }
        return out;
    }

    private static TableDraft tableDraft(TableDef t) {
        List<ColumnDraft> columns = new ArrayList<>();
        collect(t.headerTree(), new ArrayList<>(), columns);
        List<RowDraft> rows = t.flattenFixedRows().stream().map(r -> new RowDraft(r.key(), r.label(), r.depth() + 1))
                .toList();
        List<GroupDraft> groups = t.unitGroups().stream()
                .map(g -> new GroupDraft(g.levels().stream().map(UnitLevel::yamlName).toList(), g.label(),
                        g.subgroupBy() == null ? null : g.subgroupBy().yamlName(), g.subtotal() ? null : false))
                .toList();
        List<RuleDraft> rules = t.rules().stream()
                .map(r -> new RuleDraft(r.expr(), r.severity().yamlName(), r.message())).toList();
        return new TableDraft(t.code(), t.title(), t.subtitle(), t.notes(), columns, t.rowModel().yamlName(), rows,
                groups, t.labelHeader(), t.totalRow(), t.totalLabel(), t.issuerRow(), t.issuerRowLabel(), t.maxRows(),
                rules);
    }

    private static void collect(List<ColumnNode> nodes, List<String> path, List<ColumnDraft> out) {
        for (ColumnNode n : nodes) {
            if (n instanceof ColumnNode.Group g) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(g.header());
                collect(g.children(), deeper, out);
            } else {
                Column c = ((ColumnNode.Leaf) n).column();
                out.add(new ColumnDraft(c.code(), c.header(), null, path, c.type().yamlName(), c.unit(), c.required(),
                        c.min(), c.max(),
                        c.rollup() == RollupRule.defaultFor(c.type(), c.isComputed()) ? null : c.rollup().yamlName(),
                        c.formula(), c.scale(), c.isEarlier() ? c.earlier().column() : null,
                        c.isEarlier() ? c.earlier().period().yamlName() : null));
            }
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
