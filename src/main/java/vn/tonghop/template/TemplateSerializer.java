package vn.tonghop.template;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import vn.tonghop.template.model.AnomalyThresholds;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;
import vn.tonghop.template.model.UnitLevel;

/**
 * Writes a template as canonical YAML that {@link TemplateParser} reads back to an equal template. The portal keeps the
 * author's original text (with its comments); this is for templates built or edited in code.
 */
public final class TemplateSerializer {

    private static final Resolver RESOLVER = new Resolver();

    private TemplateSerializer() {
    }

    public static String toYaml(OutlineTemplate t) {
        List<NodeTuple> root = new ArrayList<>();
        put(root, "code", t.code());
        put(root, "version", Integer.toString(t.version()));
        put(root, "title", t.title());
        put(root, "description", t.description());
        put(root, "source", t.source());
        put(root, "reportType", t.reportType().yamlName());
        if (t.frequency() != null) {
            put(root, "frequency", t.frequency().yamlName());
        }
        root.add(tuple("sections", sections(t.sections())));
        if (!t.tables().isEmpty()) {
            List<Node> tables = new ArrayList<>();
            for (TableDef table : t.tables()) {
                tables.add(table(table));
            }
            root.add(tuple("tables", seq(tables)));
        }
        if (!t.anomalies().equals(AnomalyThresholds.DEFAULTS)) {
            root.add(tuple(AnomalyKeys.KEY, anomalies(t.anomalies())));
        }
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setSplitLines(false);
        o.setWidth(200);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(o), o);
        StringWriter w = new StringWriter();
        yaml.serialize(map(root), w);
        return w.toString();
    }

    private static Node sections(List<Section> sections) {
        List<Node> out = new ArrayList<>();
        Map<NumberingStyle, Integer> counters = new EnumMap<>(NumberingStyle.class);
        for (Section s : sections) {
            int position = counters.merge(s.numbering(), 1, Integer::sum);
            List<NodeTuple> m = new ArrayList<>();
            put(m, "code", s.code());
            put(m, "numbering", s.numbering().yamlName());
            if (!s.ordinal().equals(s.numbering().ordinal(position))) {
                put(m, "ordinal", s.ordinal());
            }
            put(m, "title", s.title());
            put(m, "guidance", s.guidance());
            SectionKind inferred = s.tableCode() != null ? SectionKind.TABLE
                    : !s.children().isEmpty() ? SectionKind.GROUP : SectionKind.TEXT;
            if (s.kind() != inferred) {
                put(m, "kind", s.kind().yamlName());
            }
            if (s.required() != Section.defaultRequired(s.kind())) {
                put(m, "required", Boolean.toString(s.required()));
            }
            if (s.maxLength() != null) {
                put(m, "maxLength", s.maxLength().toString());
            }
            put(m, "table", s.tableCode());
            if (!s.children().isEmpty()) {
                m.add(tuple("children", sections(s.children())));
            }
            out.add(map(m));
        }
        return seq(out);
    }

    private static Node table(TableDef t) {
        List<NodeTuple> m = new ArrayList<>();
        put(m, "code", t.code());
        put(m, "title", t.title());
        put(m, "subtitle", t.subtitle());
        put(m, "notes", t.notes());
        List<NodeTuple> rows = new ArrayList<>();
        switch (t.rowModel()) {
            case UNITS -> {
                List<NodeTuple> u = new ArrayList<>();
                if (!t.issuerRow()) {
                    put(u, "issuerRow", "false");
                }
                put(u, "issuerRowLabel", t.issuerRowLabel());
                if (!t.unitGroups().isEmpty()) {
                    List<Node> gs = new ArrayList<>();
                    for (UnitGroupLabel g : t.unitGroups()) {
                        List<NodeTuple> gm = new ArrayList<>();
                        if (g.levels().size() == 1) {
                            put(gm, "level", g.levels().get(0).yamlName());
                        } else {
                            List<Node> ls = new ArrayList<>();
                            for (UnitLevel l : g.levels()) {
                                ls.add(scalar(l.yamlName()));
                            }
                            SequenceNode s = seq(ls);
                            s.setFlowStyle(DumperOptions.FlowStyle.FLOW);
                            gm.add(tuple("level", s));
                        }
                        put(gm, "label", g.label());
                        if (g.subgroupBy() != null) {
                            put(gm, "subgroupBy", g.subgroupBy().yamlName());
                        }
                        if (!g.subtotal()) {
                            put(gm, "subtotal", "false");
                        }
                        gs.add(map(gm));
                    }
                    u.add(tuple("groups", seq(gs)));
                }
                rows.add(tuple("units", u.isEmpty() ? nullNode() : map(u)));
            }
            case FIXED -> rows.add(tuple("fixed", fixed(t.fixedRows())));
            case FREE -> {
                List<NodeTuple> f = new ArrayList<>();
                if (t.maxRows() != null) {
                    put(f, "maxRows", t.maxRows().toString());
                }
                rows.add(tuple("free", f.isEmpty() ? nullNode() : map(f)));
            }
        }
        if (!t.labelHeader().equals(TableDef.defaultLabelHeader(t.rowModel()))) {
            put(rows, "labelHeader", t.labelHeader());
        }
        if (t.totalRow() != TableDef.defaultTotalRow(t.rowModel())) {
            put(rows, "total", Boolean.toString(t.totalRow()));
        }
        if (!t.totalLabel().equals(TableDef.DEFAULT_TOTAL_LABEL)) {
            put(rows, "totalLabel", t.totalLabel());
        }
        m.add(tuple("rows", map(rows)));
        m.add(tuple("columns", columns(t.headerTree())));
        if (!t.rules().isEmpty()) {
            List<Node> rs = new ArrayList<>();
            for (Rule r : t.rules()) {
                List<NodeTuple> rm = new ArrayList<>();
                put(rm, "expr", r.expr());
                put(rm, "severity", r.severity().yamlName());
                put(rm, "message", r.message());
                rs.add(map(rm));
            }
            m.add(tuple("rules", seq(rs)));
        }
        return map(m);
    }

    private static Node fixed(List<FixedRow> rows) {
        List<Node> out = new ArrayList<>();
        for (FixedRow r : rows) {
            List<NodeTuple> m = new ArrayList<>();
            put(m, "key", r.key());
            put(m, "label", r.label());
            if (!r.children().isEmpty()) {
                m.add(tuple("children", fixed(r.children())));
            }
            out.add(map(m));
        }
        return seq(out);
    }

    private static Node columns(List<ColumnNode> nodes) {
        List<Node> out = new ArrayList<>();
        for (ColumnNode n : nodes) {
            List<NodeTuple> m = new ArrayList<>();
            if (n instanceof ColumnNode.Group g) {
                put(m, "header", g.header());
                m.add(tuple("columns", columns(g.children())));
            } else {
                Column c = ((ColumnNode.Leaf) n).column();
                put(m, "code", c.code());
                put(m, "header", c.header());
                put(m, "type", c.type().yamlName());
                put(m, "unit", c.unit());
                if (c.required()) {
                    put(m, "required", "true");
                }
                if (c.min() != null) {
                    put(m, "min", c.min().toPlainString());
                }
                if (c.max() != null) {
                    put(m, "max", c.max().toPlainString());
                }
                if (c.rollup() != RollupRule.defaultFor(c.type(), c.isComputed())) {
                    put(m, "rollup", c.rollup().yamlName());
                }
                put(m, "formula", c.formula());
                if (c.scale() != null) {
                    put(m, "scale", c.scale().toString());
                }
                if (c.isEarlier()) {
                    List<NodeTuple> e = new ArrayList<>();
                    put(e, "column", c.earlier().column());
                    put(e, "period", c.earlier().period().yamlName());
                    m.add(tuple(EarlierPeriodKeys.KEY, map(e)));
                }
            }
            out.add(map(m));
        }
        return seq(out);
    }

    private static Node anomalies(AnomalyThresholds a) {
        List<NodeTuple> m = new ArrayList<>();
        if (!a.enabled()) {
            put(m, "enabled", "false");
        }
        put(m, "peerScore", a.peerScore() == null ? null : a.peerScore().toString());
        put(m, "minPeers", a.minPeers() == null ? null : a.minPeers().toString());
        put(m, "periodRatio", a.periodRatio() == null ? null : a.periodRatio().toString());
        put(m, "periodMinDifference", a.periodMinDifference() == null ? null : a.periodMinDifference().toString());
        return map(m);
    }

    private static void put(List<NodeTuple> m, String key, String value) {
        if (value != null) {
            m.add(tuple(key, scalar(value)));
        }
    }

    private static NodeTuple tuple(String key, Node value) {
        return new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), value);
    }

    // Numbers and booleans get their resolved tag so they stay plain; other text is a string (quoted if needed).
    private static ScalarNode scalar(String value) {
        if (value.contains("\n")) {
            return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.LITERAL);
        }
        Tag resolved = RESOLVER.resolve(NodeId.scalar, value, true);
        boolean literal = resolved.equals(Tag.INT) || resolved.equals(Tag.BOOL) || resolved.equals(Tag.FLOAT);
        boolean numeric = literal && (value.equals("true") || value.equals("false") || isNumber(value));
        return new ScalarNode(numeric ? resolved : Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ScalarNode nullNode() {
        return new ScalarNode(Tag.NULL, "", null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static MappingNode map(List<NodeTuple> tuples) {
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }

    private static SequenceNode seq(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
    }
}
