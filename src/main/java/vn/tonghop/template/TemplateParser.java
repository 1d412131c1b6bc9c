package vn.tonghop.template;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

import vn.tonghop.template.model.AnomalyThresholds;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.EarlierPeriod;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.Frequency;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.OutlineTemplate;
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

/**
 * Reads a template YAML (format: templates-outline/README.md) into an {@link OutlineTemplate}, or reports every problem
 * found with its line and path. Works on SnakeYAML's node tree so each error keeps its position. Thread-safe.
 */
public final class TemplateParser {

    /** Codes of templates, sections and tables: lowercase ASCII, digits, separated by - _ or . */
    static final Pattern CODE = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");
    /** Column codes are formula variables: snake_case starting with a letter. */
    static final Pattern COLUMN_CODE = Pattern.compile("[a-z][a-z0-9_]*");

    static final Set<String> ROOT_KEYS = keys("code", "title", "version", "description", "source", "reportType",
            "frequency", "sections", "tables", AnomalyKeys.KEY);
    static final Set<String> SECTION_KEYS = keys("code", "numbering", "ordinal", "title", "guidance", "kind",
            "required", "maxLength", "table", "children");
    static final Set<String> TABLE_KEYS = keys("code", "title", "subtitle", "notes", "rows", "columns", "rules");
    static final Set<String> ROWS_KEYS = keys("units", "fixed", "free", "labelHeader", "total", "totalLabel");
    static final Set<String> UNITS_KEYS = keys("groups", "issuerRow", "issuerRowLabel");
    static final Set<String> GROUP_KEYS = keys("level", "label", "subgroupBy", "subtotal");
    static final Set<String> FIXED_KEYS = keys("key", "label", "children");
    static final Set<String> FREE_KEYS = keys("maxRows");
    static final Set<String> COLUMN_GROUP_KEYS = keys("header", "columns");
    static final Set<String> COLUMN_KEYS = keys("code", "header", "type", "unit", "required", "min", "max", "rollup",
            "formula", "scale", EarlierPeriodKeys.KEY);
    static final Set<String> RULE_KEYS = keys("expr", "severity", "message");

    private final FormulaEngine engine;

    public TemplateParser() {
        this(new FormulaEngine());
    }

    public TemplateParser(FormulaEngine engine) {
        this.engine = engine;
    }

    /** Parses YAML text; {@code sourceName} (usually the file name) is copied into each error. */
    public TemplateParseResult parse(String yamlText, String sourceName) {
        Run run = new Run(sourceName, engine);
        OutlineTemplate t = run.document(yamlText == null ? "" : yamlText);
        if (!run.errors.isEmpty()) {
            List<TemplateError> sorted = new ArrayList<>(run.errors);
            sorted.sort(Comparator.comparingInt(TemplateError::line));
            return TemplateParseResult.failure(sorted);
        }
        return TemplateParseResult.success(t);
    }

    /** Reads a UTF-8 file and parses it, naming errors after the file name. */
    public TemplateParseResult parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private static Set<String> keys(String... k) {
        return new LinkedHashSet<>(List.of(k));
    }

    static String at(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** State of one parse: the errors found so far. */
    private static final class Run {
        final String file;
        final FormulaEngine engine;
        final List<TemplateError> errors = new ArrayList<>();

        Run(String file, FormulaEngine engine) {
            this.file = file;
            this.engine = engine;
        }

        void error(Node node, String path, String message) {
            errors.add(new TemplateError(file, line(node), path, message));
        }

        void error(int line, String path, String message) {
            errors.add(new TemplateError(file, line, path, message));
        }

        OutlineTemplate document(String text) {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(true); // reported below with their line
                options.setMaxAliasesForCollections(50);
                DumperOptions dump = new DumperOptions();
                Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
                root = yaml.compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                error(m == null ? 0 : m.getLine() + 1, "", "Lỗi cú pháp YAML: " + e.getProblem()
                        + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
                return null;
            } catch (YAMLException e) {
                error(0, "", "Lỗi cú pháp YAML: " + e.getMessage());
                return null;
            }
            if (root == null) {
                error(1, "", "Tệp mẫu trống");
                return null;
            }
            return template(root);
        }

        OutlineTemplate template(Node root) {
            Fields f = fields(root, "", ROOT_KEYS);
            if (f == null) {
                return null;
            }
            String code = f.code("code", CODE);
            String title = f.text("title", true);
            Integer version = f.integer("version", true, 1, null);
            String description = f.text("description", false);
            String source = f.text("source", false);
            ReportType reportType = f.enumValue("reportType", ReportType.class, true);
            Frequency frequency = f.enumValue("frequency", Frequency.class, false);
            if (reportType == ReportType.DINH_KY && frequency == null && !f.has("frequency")) {
                error(f.valueNode("reportType"), "frequency",
                        "Báo cáo định kỳ phải khai báo 'frequency' (month, quarter, half-year, year)");
            }
            if (reportType != null && reportType != ReportType.DINH_KY && frequency != null) {
                error(f.valueNode("frequency"), "frequency", "Chỉ báo cáo định kỳ (dinh-ky) mới khai báo 'frequency'");
            }

            List<TableDef> tables = new ArrayList<>();
            Map<String, Node> tableCodes = new LinkedHashMap<>();
            SequenceNode tableSeq = f.sequence("tables", false);
            if (tableSeq != null) {
                List<Node> items = tableSeq.getValue();
                for (int i = 0; i < items.size(); i++) {
                    TableDef t = table(items.get(i), at("tables", i), tableCodes);
                    if (t != null) {
                        tables.add(t);
                    }
                }
            }

            SectionContext sc = new SectionContext(tableCodes);
            List<Section> sections = new ArrayList<>();
            SequenceNode sectionSeq = f.sequence("sections", true);
            if (sectionSeq != null) {
                if (sectionSeq.getValue().isEmpty()) {
                    error(sectionSeq, "sections", "Đề cương phải có ít nhất một mục");
                }
                sections = sections(sectionSeq, "sections", 0, sc);
            }
            AnomalyThresholds anomalies = f.has(AnomalyKeys.KEY)
                    ? AnomalyKeys.read(f.valueNode(AnomalyKeys.KEY), this::error)
                    : null;
            if (!errors.isEmpty()) {
                return null;
            }
            return new OutlineTemplate(code, version, title, description, source, reportType, frequency, sections,
                    tables, anomalies);
        }

        // ---------------------------------------------------------------- sections

        /** Codes seen across the whole outline and tables already attached to a section. */
        record SectionContext(Map<String, Node> tableCodes, Map<String, Node> sectionCodes,
                Map<String, String> tableOwner) {
            SectionContext(Map<String, Node> tableCodes) {
                this(tableCodes, new HashMap<>(), new HashMap<>());
            }
        }

        List<Section> sections(SequenceNode seq, String path, int depth, SectionContext sc) {
            List<Section> out = new ArrayList<>();
            Map<NumberingStyle, Integer> counters = new EnumMap<>(NumberingStyle.class);
            NumberingStyle previous = null;
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String p = at(path, i);
                Fields f = fields(items.get(i), p, SECTION_KEYS);
                if (f == null) {
                    continue;
                }
                NumberingStyle style = f.enumValue("numbering", NumberingStyle.class, false);
                if (style == null) {
                    style = previous != null ? previous : NumberingStyle.defaultForDepth(depth);
                }
                previous = style;
                int position = counters.merge(style, 1, Integer::sum);
                String override = f.text("ordinal", false);
                String ordinal = override != null ? override.trim() : style.ordinal(position);
                Section s = section(f, p, depth, ordinal, style, sc);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }

        Section section(Fields f, String p, int depth, String ordinal, NumberingStyle style, SectionContext sc) {
            String code = f.code("code", CODE);
            if (code != null) {
                Node prev = sc.sectionCodes().putIfAbsent(code, f.valueNode("code"));
                if (prev != null) {
                    error(f.valueNode("code"), at(p, "code"),
                            "Mã mục '" + code + "' bị trùng (đã dùng ở dòng " + line(prev) + ")");
                }
            }
            String title = f.text("title", true);
            String guidance = f.text("guidance", false);
            SectionKind kind = f.enumValue("kind", SectionKind.class, false);
            String tableCode = f.text("table", false);
            SequenceNode childSeq = f.sequence("children", false);
            boolean hasChildren = childSeq != null && !childSeq.getValue().isEmpty();
            boolean explicitKind = f.has("kind");
            if (kind == null) {
                if (explicitKind) {
                    kind = SectionKind.TEXT; // bad value already reported; keep checking the rest
                } else {
                    kind = tableCode != null ? SectionKind.TABLE : hasChildren ? SectionKind.GROUP : SectionKind.TEXT;
                }
            }
            Boolean required = f.bool("required");
            Integer maxLength = f.integer("maxLength", false, 1, null);

            if (kind == SectionKind.TABLE && tableCode == null) {
                error(f.has("kind") ? f.valueNode("kind") : f.node, at(p, "table"),
                        "Mục loại 'table' phải khai báo 'table' (mã bảng)");
            }
            if (tableCode != null && kind != SectionKind.TABLE) {
                error(f.valueNode("table"), at(p, "table"),
                        "Chỉ mục loại 'table' mới gắn bảng; mục này là loại '" + kind.yamlName() + "'");
            }
            if (tableCode != null && kind == SectionKind.TABLE) {
                if (!sc.tableCodes().containsKey(tableCode)) {
                    error(f.valueNode("table"), at(p, "table"),
                            "Bảng '" + tableCode + "' không tồn tại trong mẫu" + available(sc.tableCodes().keySet()));
                } else {
                    String owner = sc.tableOwner().putIfAbsent(tableCode, code == null ? p : code);
                    if (owner != null) {
                        error(f.valueNode("table"), at(p, "table"),
                                "Bảng '" + tableCode + "' đã được gắn với mục '" + owner + "'");
                    }
                }
            }
            if (kind == SectionKind.GROUP && !hasChildren) {
                error(f.has("kind") ? f.valueNode("kind") : f.node, at(p, "children"),
                        "Mục loại 'group' phải có mục con ('children')");
            }
            if (maxLength != null && kind != SectionKind.TEXT) {
                error(f.valueNode("maxLength"), at(p, "maxLength"), "'maxLength' chỉ dùng cho mục loại 'text'");
            }
            List<Section> children = childSeq == null ? List.of()
                    : sections(childSeq, at(p, "children"), depth + 1, sc);
            if (code == null || title == null) {
                return null;
            }
            boolean req = required != null ? required : Section.defaultRequired(kind);
            return new Section(code, ordinal, style, title, guidance, kind, req, maxLength, tableCode, children, depth);
        }

        // ---------------------------------------------------------------- tables

        TableDef table(Node node, String p, Map<String, Node> tableCodes) {
            Fields f = fields(node, p, TABLE_KEYS);
            if (f == null) {
                return null;
            }
            String code = f.code("code", CODE);
            if (code != null) {
                Node prev = tableCodes.putIfAbsent(code, f.valueNode("code"));
                if (prev != null) {
                    error(f.valueNode("code"), at(p, "code"),
                            "Mã bảng '" + code + "' bị trùng (đã dùng ở dòng " + line(prev) + ")");
                }
            }
            String title = f.text("title", true);
            String subtitle = f.text("subtitle", false);
            String notes = f.text("notes", false);
            int errorsBefore = errors.size();

            RowsSpec rows = null;
            Fields rf = f.has("rows") ? fields(f.valueNode("rows"), at(p, "rows"), ROWS_KEYS) : null;
            if (!f.has("rows")) {
                f.missing("rows");
            } else if (rf != null) {
                rows = rows(rf, at(p, "rows"));
            }

            ColumnsContext cc = new ColumnsContext(code == null ? "?" : code);
            List<ColumnNode> tree = new ArrayList<>();
            SequenceNode colSeq = f.sequence("columns", true);
            if (colSeq != null) {
                if (colSeq.getValue().isEmpty()) {
                    error(colSeq, at(p, "columns"), "Bảng phải có ít nhất một cột");
                }
                tree = columnNodes(colSeq, at(p, "columns"), cc);
            }
            checkFormulas(cc);
            cc.earlier.check(rows == null ? null : rows.model, tree.stream().flatMap(n -> n.leaves().stream()).toList(),
                    this::error);

            List<Rule> rules = new ArrayList<>();
            SequenceNode ruleSeq = f.sequence("rules", false);
            if (ruleSeq != null) {
                List<Node> items = ruleSeq.getValue();
                for (int i = 0; i < items.size(); i++) {
                    Rule r = rule(items.get(i), at(at(p, "rules"), i), cc);
                    if (r != null) {
                        rules.add(r);
                    }
                }
            }
            if (code == null || title == null || rows == null || errors.size() > errorsBefore) {
                return null;
            }
            return new TableDef(code, title, subtitle, notes, rows.model, tree, null, rules, rows.fixed, rows.groups,
                    rows.maxRows, rows.labelHeader, rows.issuerRow, rows.issuerRowLabel, rows.total, rows.totalLabel);
        }

        record RowsSpec(RowModel model, List<FixedRow> fixed, List<UnitGroupLabel> groups, Integer maxRows,
                String labelHeader, boolean issuerRow, String issuerRowLabel, boolean total, String totalLabel) {
        }

        RowsSpec rows(Fields f, String p) {
            List<String> present = new ArrayList<>();
            for (String k : List.of("units", "fixed", "free")) {
                if (f.entries.containsKey(k)) { // "free:" with no value is meaningful
                    present.add(k);
                }
            }
            if (present.isEmpty()) {
                error(f.node, p, "Phải khai báo một trong 'units', 'fixed' hoặc 'free' cho dòng của bảng");
                return null;
            }
            if (present.size() > 1) {
                error(f.valueNode(present.get(1)), at(p, present.get(1)),
                        "Chỉ khai báo một trong 'units', 'fixed', 'free' (đang có: " + String.join(", ", present)
                                + ")");
                return null;
            }
            RowModel model = RowModel.valueOf(present.get(0).toUpperCase(Locale.ROOT));
            String labelHeader = f.text("labelHeader", false);
            Boolean total = f.bool("total");
            String totalLabel = f.text("totalLabel", false);
            boolean totalRow = total != null ? total : TableDef.defaultTotalRow(model);
            switch (model) {
                case UNITS -> {
                    Node n = f.valueNode("units");
                    List<UnitGroupLabel> groups = new ArrayList<>();
                    boolean issuerRow = true;
                    String issuerRowLabel = null;
                    if (!isNull(n)) {
                        Fields u = fields(n, at(p, "units"), UNITS_KEYS);
                        if (u == null) {
                            return null;
                        }
                        Boolean ir = u.bool("issuerRow");
                        issuerRow = ir == null || ir;
                        issuerRowLabel = u.text("issuerRowLabel", false);
                        SequenceNode gs = u.sequence("groups", false);
                        if (gs != null) {
                            groups = unitGroups(gs, at(at(p, "units"), "groups"));
                        }
                    }
                    return new RowsSpec(model, List.of(), groups, null, labelHeader, issuerRow, issuerRowLabel,
                            totalRow, totalLabel);
                }
                case FIXED -> {
                    SequenceNode seq = f.sequence("fixed", true);
                    if (seq == null) {
                        return null;
                    }
                    if (seq.getValue().isEmpty()) {
                        error(seq, at(p, "fixed"), "Phải có ít nhất một dòng cố định");
                    }
                    List<FixedRow> rows = fixedRows(seq, at(p, "fixed"), 0, new HashMap<>());
                    return new RowsSpec(model, rows, List.of(), null, labelHeader, false, null, totalRow, totalLabel);
                }
                default -> {
                    Node n = f.valueNode("free");
                    Integer maxRows = null;
                    if (!isNull(n)) {
                        Fields fr = fields(n, at(p, "free"), FREE_KEYS);
                        if (fr == null) {
                            return null;
                        }
                        maxRows = fr.integer("maxRows", false, 1, null);
                    }
                    return new RowsSpec(model, List.of(), List.of(), maxRows, labelHeader, false, null, totalRow,
                            totalLabel);
                }
            }
        }

        List<UnitGroupLabel> unitGroups(SequenceNode seq, String p) {
            List<UnitGroupLabel> out = new ArrayList<>();
            Map<UnitLevel, String> seen = new EnumMap<>(UnitLevel.class);
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String gp = at(p, i);
                Fields f = fields(items.get(i), gp, GROUP_KEYS);
                if (f == null) {
                    continue;
                }
                List<UnitLevel> levels = new ArrayList<>();
                Node ln = f.valueNode("level");
                if (ln == null || isNull(ln)) {
                    f.missing("level");
                } else if (ln instanceof SequenceNode ls) {
                    for (int j = 0; j < ls.getValue().size(); j++) {
                        UnitLevel l = enumOf(ls.getValue().get(j), at(at(gp, "level"), j), UnitLevel.class);
                        if (l != null) {
                            levels.add(l);
                        }
                    }
                    if (ls.getValue().isEmpty()) {
                        error(ls, at(gp, "level"), "Phải có ít nhất một cấp đơn vị");
                    }
                } else {
                    UnitLevel l = enumOf(ln, at(gp, "level"), UnitLevel.class);
                    if (l != null) {
                        levels.add(l);
                    }
                }
                for (UnitLevel l : levels) {
                    String prev = seen.putIfAbsent(l, gp);
                    if (prev != null) {
                        error(ln, at(gp, "level"), "Cấp '" + l.yamlName() + "' đã thuộc nhóm " + prev);
                    }
                }
                String label = f.text("label", true);
                UnitLevel subgroupBy = f.enumValue("subgroupBy", UnitLevel.class, false);
                if (subgroupBy != null && !levels.contains(subgroupBy)) {
                    error(f.valueNode("subgroupBy"), at(gp, "subgroupBy"),
                            "'subgroupBy' phải là một trong các cấp của nhóm: " + levels);
                }
                Boolean subtotal = f.bool("subtotal");
                if (label != null && !levels.isEmpty()) {
                    out.add(new UnitGroupLabel(levels, label, subgroupBy, subtotal == null || subtotal));
                }
            }
            return out;
        }

        List<FixedRow> fixedRows(SequenceNode seq, String p, int depth, Map<String, Node> keys) {
            List<FixedRow> out = new ArrayList<>();
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String rp = at(p, i);
                Fields f = fields(items.get(i), rp, FIXED_KEYS);
                if (f == null) {
                    continue;
                }
                String key = f.code("key", CODE);
                if (key != null) {
                    Node prev = keys.putIfAbsent(key, f.valueNode("key"));
                    if (prev != null) {
                        error(f.valueNode("key"), at(rp, "key"),
                                "Khóa dòng '" + key + "' bị trùng (đã dùng ở dòng " + line(prev) + ")");
                    }
                }
                String label = f.text("label", true);
                SequenceNode cs = f.sequence("children", false);
                List<FixedRow> children = cs == null ? List.of() : fixedRows(cs, at(rp, "children"), depth + 1, keys);
                if (key != null && label != null) {
                    out.add(new FixedRow(key, label, children, depth));
                }
            }
            return out;
        }

        // ---------------------------------------------------------------- columns

        /** Leaves of one table with where their formula is written, for the cross-column checks. */
        static final class ColumnsContext {
            final String table;
            final Map<String, Node> codes = new LinkedHashMap<>();
            final Map<String, Formula> formulas = new LinkedHashMap<>();
            final Map<String, Node> formulaNodes = new HashMap<>();
            final Map<String, String> formulaPaths = new HashMap<>();
            final EarlierPeriodKeys earlier = new EarlierPeriodKeys();

            ColumnsContext(String table) {
                this.table = table;
            }
        }

        List<ColumnNode> columnNodes(SequenceNode seq, String p, ColumnsContext cc) {
            List<ColumnNode> out = new ArrayList<>();
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String cp = at(p, i);
                Node n = items.get(i);
                boolean group = n instanceof MappingNode m && m.getValue().stream()
                        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("columns"));
                if (group) {
                    Fields f = fields(n, cp, COLUMN_GROUP_KEYS);
                    if (f == null) {
                        continue;
                    }
                    String header = f.text("header", true);
                    SequenceNode children = f.sequence("columns", true);
                    if (children != null && children.getValue().isEmpty()) {
                        error(children, at(cp, "columns"), "Nhóm cột phải có ít nhất một cột");
                    }
                    List<ColumnNode> kids = children == null ? List.of() : columnNodes(children, at(cp, "columns"), cc);
                    if (header != null && !kids.isEmpty()) {
                        out.add(new ColumnNode.Group(header, kids));
                    }
                } else {
                    Column c = column(n, cp, cc);
                    if (c != null) {
                        out.add(new ColumnNode.Leaf(c));
                    }
                }
            }
            return out;
        }

        Column column(Node n, String p, ColumnsContext cc) {
            Fields f = fields(n, p, COLUMN_KEYS);
            if (f == null) {
                return null;
            }
            String code = f.code("code", COLUMN_CODE);
            if (code != null && !isPlainVariable(code)) {
                error(f.valueNode("code"), at(p, "code"), "Mã cột '" + code + "' trùng từ khóa của biểu thức");
                code = null;
            }
            if (code != null) {
                Node prev = cc.codes.putIfAbsent(code, f.valueNode("code"));
                if (prev != null) {
                    error(f.valueNode("code"), at(p, "code"), "Mã cột '" + code + "' bị trùng trong bảng '" + cc.table
                            + "' (đã dùng ở dòng " + line(prev) + ")");
                }
            }
            String header = f.text("header", true);
            ColumnType type = f.enumValue("type", ColumnType.class, true);
            String unit = f.text("unit", false);
            Boolean required = f.bool("required");
            BigDecimal min = f.decimal("min");
            BigDecimal max = f.decimal("max");
            RollupRule rollup = f.enumValue("rollup", RollupRule.class, false);
            String formula = f.text("formula", false);
            Integer scale = f.integer("scale", false, 0, 10);
            EarlierPeriod earlier = f.has(EarlierPeriodKeys.KEY)
                    ? cc.earlier.read(code, f.valueNode(EarlierPeriodKeys.KEY), at(p, EarlierPeriodKeys.KEY),
                            this::error)
                    : null;
            boolean computed = formula != null && !formula.isBlank();

            if (type != null && !type.isNumeric()) {
                for (String k : List.of("min", "max", "scale")) {
                    if (f.has(k)) {
                        error(f.valueNode(k), at(p, k), "'" + k + "' chỉ dùng cho cột số (integer, decimal, percent)");
                    }
                }
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                error(f.valueNode("max"), at(p, "max"),
                        "Giá trị 'min' (" + min.toPlainString() + ") lớn hơn 'max' (" + max.toPlainString() + ")");
            }
            if (computed && required != null) {
                error(f.valueNode("required"), at(p, "required"),
                        "Cột tính theo công thức không nhập tay nên không khai báo 'required'");
            }
            if (rollup != null && type != null) {
                String why = rollupProblem(rollup, type, computed);
                if (why != null) {
                    error(f.valueNode("rollup"), at(p, "rollup"), why);
                }
            }
            if (computed && code != null) {
                Node fn = f.valueNode("formula");
                try {
                    Formula compiled = engine.compile(formula);
                    cc.formulas.put(code, compiled);
                    cc.formulaNodes.put(code, fn);
                    cc.formulaPaths.put(code, at(p, "formula"));
                } catch (FormulaException e) {
                    error(expressionLine(fn, e), at(p, "formula"), "Công thức cột '" + code + "': " + e.getMessage());
                }
            }
            if (code == null || header == null || type == null) {
                return null;
            }
            return new Column(code, header, type, unit, required != null && required, min, max, rollup,
                    computed ? formula.trim() : null, scale, earlier);
        }

        static String rollupProblem(RollupRule rollup, ColumnType type, boolean computed) {
            if (computed) {
                return rollup == RollupRule.RECOMPUTE ? null
                        : "Cột tính theo công thức luôn được tính lại khi tổng hợp; bỏ 'rollup' hoặc dùng 'recompute'";
            }
            return switch (rollup) {
                case RECOMPUTE -> "'recompute' chỉ dùng cho cột có công thức";
                case SUM, AVERAGE -> type.isNumeric() ? null
                        : "Không thể '" + rollup.yamlName() + "' cột kiểu '" + type.yamlName() + "'";
                case MIN, MAX -> type.isNumeric() || type == ColumnType.DATE ? null
                        : "Không thể '" + rollup.yamlName() + "' cột kiểu '" + type.yamlName() + "'";
                default -> null;
            };
        }

        /** Unknown columns in formulas, then cycles between computed columns. */
        void checkFormulas(ColumnsContext cc) {
            Map<String, List<String>> deps = new LinkedHashMap<>();
            for (Map.Entry<String, Formula> e : cc.formulas.entrySet()) {
                String col = e.getKey();
                boolean ok = true;
                for (String v : e.getValue().variables()) {
                    if (!cc.codes.containsKey(v)) {
                        error(cc.formulaNodes.get(col), cc.formulaPaths.get(col),
                                "Cột '" + v + "' không tồn tại trong bảng '" + cc.table + "'");
                        ok = false;
                    }
                }
                if (ok) {
                    deps.put(col, e.getValue().variables());
                }
            }
            Map<String, List<String>> remaining = new LinkedHashMap<>(deps);
            // Report each distinct cycle once; drop its members and look again.
            while (true) {
                Optional<List<String>> cycle = Dependencies.findCycle(remaining);
                if (cycle.isEmpty()) {
                    break;
                }
                List<String> c = cycle.get();
                String first = c.get(0);
                error(cc.formulaNodes.get(first), cc.formulaPaths.get(first),
                        "Vòng lặp giữa các cột tính toán: " + String.join(" → ", c));
                c.forEach(remaining::remove);
            }
        }

        Rule rule(Node n, String p, ColumnsContext cc) {
            Fields f = fields(n, p, RULE_KEYS);
            if (f == null) {
                return null;
            }
            String expr = f.text("expr", true);
            Severity severity = f.enumValue("severity", Severity.class, false);
            String message = f.text("message", true);
            boolean ok = true;
            if (expr != null) {
                Node en = f.valueNode("expr");
                try {
                    Formula compiled = engine.compile(expr);
                    if (compiled.variables().isEmpty()) {
                        error(en, at(p, "expr"), "Quy tắc phải dùng ít nhất một cột của bảng");
                        ok = false;
                    }
                    for (String v : compiled.variables()) {
                        if (!cc.codes.containsKey(v)) {
                            error(en, at(p, "expr"), "Cột '" + v + "' không tồn tại trong bảng '" + cc.table + "'");
                            ok = false;
                        }
                    }
                } catch (FormulaException e) {
                    error(expressionLine(en, e), at(p, "expr"), "Quy tắc: " + e.getMessage());
                    ok = false;
                }
            }
            if (!ok || expr == null || message == null) {
                return null;
            }
            return new Rule(expr.trim(), severity == null ? Severity.ERROR : severity, message);
        }

        /** A column code must read back as exactly that variable (not a keyword like 'div', 'empty', 'null'). */
        boolean isPlainVariable(String code) {
            try {
                return engine.compile(code).variables().equals(List.of(code));
            } catch (FormulaException e) {
                return false;
            }
        }

        // Block scalars start on the line after the indicator.
        static int expressionLine(Node n, FormulaException e) {
            int base = line(n);
            if (n instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
                base++;
            }
            return base + Math.max(0, e.line() - 1);
        }

        // ---------------------------------------------------------------- node helpers

        Fields fields(Node node, String path, Set<String> allowed) {
            if (!(node instanceof MappingNode m)) {
                error(node, path, "Cần một nhóm khóa (key: value)" + (path.isEmpty() ? "" : " tại '" + path + "'"));
                return null;
            }
            return new Fields(this, m, path, allowed);
        }

        <E extends Enum<E> & YamlEnum> E enumOf(Node n, String path, Class<E> type) {
            if (!(n instanceof ScalarNode s)) {
                error(n, path, "Cần một giá trị đơn");
                return null;
            }
            Optional<E> v = YamlEnum.fromYaml(type, s.getValue());
            if (v.isEmpty()) {
                error(n, path, "Giá trị '" + s.getValue() + "' không hợp lệ. Giá trị hợp lệ: "
                        + String.join(", ", YamlEnum.names(type)));
                return null;
            }
            return v.get();
        }

        static boolean isNull(Node n) {
            return n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
        }

        static String available(Set<String> codes) {
            return codes.isEmpty() ? "" : " (các bảng có: " + String.join(", ", codes) + ")";
        }
    }

    /** The entries of one YAML mapping, checked against the keys allowed there. */
    private static final class Fields {
        final Run run;
        final MappingNode node;
        final String path;
        final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Fields(Run run, MappingNode node, String path, Set<String> allowed) {
            this.run = run;
            this.node = node;
            this.path = path;
            for (NodeTuple t : node.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    run.error(t.getKeyNode(), path, "Khóa phải là một chuỗi");
                    continue;
                }
                String key = k.getValue();
                if (!allowed.contains(key)) {
                    run.error(k, at(path, key), "Khóa '" + key + "' không hợp lệ" + suggestion(key, allowed)
                            + ". Các khóa hợp lệ: " + String.join(", ", allowed));
                    continue;
                }
                NodeTuple prev = entries.putIfAbsent(key, t);
                if (prev != null) {
                    run.error(k, at(path, key),
                            "Khóa '" + key + "' bị lặp (đã có ở dòng " + line(prev.getKeyNode()) + ")");
                }
            }
        }

        boolean has(String key) {
            NodeTuple t = entries.get(key);
            return t != null && !Run.isNull(t.getValueNode());
        }

        Node valueNode(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? null : t.getValueNode();
        }

        void missing(String key) {
            NodeTuple t = entries.get(key);
            if (t != null) {
                run.error(t.getValueNode(), at(path, key), "Khóa '" + key + "' không được để trống");
            } else {
                run.error(node, at(path, key), "Thiếu khóa bắt buộc '" + key + "'");
            }
        }

        ScalarNode scalar(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    missing(key);
                }
                return null;
            }
            Node v = valueNode(key);
            if (!(v instanceof ScalarNode s)) {
                run.error(v, at(path, key), "Khóa '" + key + "' cần một giá trị đơn, không phải danh sách hay nhóm");
                return null;
            }
            return s;
        }

        String text(String key, boolean required) {
            ScalarNode s = scalar(key, required);
            if (s == null) {
                return null;
            }
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                if (required) {
                    missing(key);
                }
                return null;
            }
            // Block scalars keep inner line breaks; drop only the trailing newline YAML adds.
            return s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL ? s.getValue().stripTrailing() : v;
        }

        String code(String key, Pattern pattern) {
            String v = text(key, true);
            if (v != null && !pattern.matcher(v).matches()) {
                String rule = pattern == COLUMN_CODE
                        ? "chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (vd: ho_so_nhan)"
                        : "chỉ dùng chữ thường không dấu, chữ số và dấu '-', '_', '.' (vd: phu-luc-2)";
                run.error(valueNode(key), at(path, key), "Mã '" + v + "' không hợp lệ: " + rule);
                return null;
            }
            return v;
        }

        Integer integer(String key, boolean required, Integer min, Integer max) {
            ScalarNode s = scalar(key, required);
            if (s == null) {
                return null;
            }
            try {
                int v = Integer.parseInt(s.getValue().trim());
                if ((min != null && v < min) || (max != null && v > max)) {
                    run.error(s, at(path, key), "'" + key + "' phải nằm trong khoảng " + (min == null ? "" : min) + ".."
                            + (max == null ? "" : max));
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                run.error(s, at(path, key), "'" + key + "' phải là số nguyên, không phải '" + s.getValue() + "'");
                return null;
            }
        }

        BigDecimal decimal(String key) {
            ScalarNode s = scalar(key, false);
            if (s == null) {
                return null;
            }
            try {
                return new BigDecimal(s.getValue().trim());
            } catch (NumberFormatException e) {
                run.error(s, at(path, key), "'" + key + "' phải là số, không phải '" + s.getValue() + "'");
                return null;
            }
        }

        Boolean bool(String key) {
            ScalarNode s = scalar(key, false);
            if (s == null) {
                return null;
            }
            String v = s.getValue().trim().toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
            run.error(s, at(path, key), "'" + key + "' phải là true hoặc false, không phải '" + s.getValue() + "'");
            return null;
        }

        <E extends Enum<E> & YamlEnum> E enumValue(String key, Class<E> type, boolean required) {
            ScalarNode s = scalar(key, required);
            if (s == null) {
                return null;
            }
            return run.enumOf(s, at(path, key), type);
        }

        SequenceNode sequence(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    missing(key);
                }
                return null;
            }
            Node v = valueNode(key);
            if (!(v instanceof SequenceNode s)) {
                run.error(v, at(path, key), "Khóa '" + key + "' cần một danh sách (các dòng bắt đầu bằng '- ')");
                return null;
            }
            return s;
        }

        static String suggestion(String key, Set<String> allowed) {
            String best = null;
            int bestDistance = 3;
            for (String a : allowed) {
                int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = a;
                }
            }
            return best == null ? "" : " (có phải là '" + best + "'?)";
        }

        static int distance(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }
    }
}
