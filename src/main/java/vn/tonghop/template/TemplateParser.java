package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.CODE;
import static vn.tonghop.template.TemplateKeys.ROOT_KEYS;
import static vn.tonghop.template.YamlPath.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.SectionBuilder.SectionContext;
import vn.tonghop.template.model.AnomalyThresholds;
import vn.tonghop.template.model.Frequency;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.TableDef;

/**
 * Reads a template YAML (format: templates-outline/README.md) into an {@link OutlineTemplate}, or reports every problem
 * found with its line and path. Works on SnakeYAML's node tree so each error keeps its position; the tables
 * ({@link TableBuilder}) are read before the sections ({@link SectionBuilder}) that attach them. Thread-safe.
 */
public final class TemplateParser {

    private final FormulaEngine engine;

    public TemplateParser() {
        this(new FormulaEngine());
    }

    public TemplateParser(FormulaEngine engine) {
        this.engine = engine;
    }

    /** Parses YAML text; {@code sourceName} (usually the file name) is copied into each error. */
    public TemplateParseResult parse(String yamlText, String sourceName) {
        ParseErrors errors = new ParseErrors(sourceName);
        Node root = TemplateYamlReader.compose(yamlText == null ? "" : yamlText, errors);
        OutlineTemplate t = root == null ? null : template(root, errors);
        if (!errors.isEmpty()) {
            return TemplateParseResult.failure(errors.sorted());
        }
        return TemplateParseResult.success(t);
    }

    /** Reads a UTF-8 file and parses it, naming errors after the file name. */
    public TemplateParseResult parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private OutlineTemplate template(Node root, ParseErrors errors) {
        YamlFields f = YamlFields.of(errors, root, "", ROOT_KEYS);
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
            errors.error(f.valueNode("reportType"), "frequency", TemplateErrorMessages::frequencyNeeded);
        }
        if (reportType != null && reportType != ReportType.DINH_KY && frequency != null) {
            errors.error(f.valueNode("frequency"), "frequency", TemplateErrorMessages::frequencyOnlyPeriodic);
        }

        List<TableDef> tables = new ArrayList<>();
        Map<String, Node> tableCodes = new LinkedHashMap<>();
        SequenceNode tableSeq = f.sequence("tables", false);
        if (tableSeq != null) {
            TableBuilder tableBuilder = new TableBuilder(errors, engine);
            List<Node> items = tableSeq.getValue();
            for (int i = 0; i < items.size(); i++) {
                TableDef t = tableBuilder.table(items.get(i), at("tables", i), tableCodes);
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
                errors.error(sectionSeq, "sections", TemplateErrorMessages::noSections);
            }
            sections = new SectionBuilder(errors).sections(sectionSeq, "sections", 0, sc);
        }
        AnomalyThresholds anomalies = f.has(AnomalyKeys.KEY)
                ? AnomalyKeys.read(f.valueNode(AnomalyKeys.KEY), errors::error)
                : null;
        if (!errors.isEmpty()) {
            return null;
        }
        return new OutlineTemplate(code, version, title, description, source, reportType, frequency, sections, tables,
                anomalies);
    }
}
