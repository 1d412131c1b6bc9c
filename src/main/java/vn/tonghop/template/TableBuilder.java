package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.CODE;
import static vn.tonghop.template.TemplateKeys.ROWS_KEYS;
import static vn.tonghop.template.TemplateKeys.TABLE_KEYS;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.RowsBuilder.RowsSpec;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.TableDef;

/** Builds one table of the template from its rows, columns and rules; a table with any error is left out. */
final class TableBuilder {

    private final ParseErrors errors;
    private final RowsBuilder rowsBuilder;
    private final ColumnBuilder columnBuilder;
    private final TableFormulas formulas;

    TableBuilder(ParseErrors errors, FormulaEngine engine) {
        this.errors = errors;
        this.formulas = new TableFormulas(errors, engine);
        this.rowsBuilder = new RowsBuilder(errors);
        this.columnBuilder = new ColumnBuilder(errors, formulas);
    }

    TableDef table(Node node, String p, Map<String, Node> tableCodes) {
        YamlFields f = YamlFields.of(errors, node, p, TABLE_KEYS);
        if (f == null) {
            return null;
        }
        String code = f.code("code", CODE);
        if (code != null) {
            Node prev = tableCodes.putIfAbsent(code, f.valueNode("code"));
            if (prev != null) {
                int first = line(prev);
                errors.error(f.valueNode("code"), at(p, "code"), m -> m.tableCodeTaken(code, first));
            }
        }
        String title = f.text("title", true);
        String subtitle = f.text("subtitle", false);
        String notes = f.text("notes", false);
        int errorsBefore = errors.size();

        RowsSpec rows = null;
        YamlFields rf = f.has("rows") ? YamlFields.of(errors, f.valueNode("rows"), at(p, "rows"), ROWS_KEYS) : null;
        if (!f.has("rows")) {
            f.missing("rows");
        } else if (rf != null) {
            rows = rowsBuilder.rows(rf, at(p, "rows"));
        }

        TableColumns cc = new TableColumns(code == null ? "?" : code);
        List<ColumnNode> tree = new ArrayList<>();
        SequenceNode colSeq = f.sequence("columns", true);
        if (colSeq != null) {
            if (colSeq.getValue().isEmpty()) {
                errors.error(colSeq, at(p, "columns"), TemplateErrorMessages::tableNoColumns);
            }
            tree = columnBuilder.columnNodes(colSeq, at(p, "columns"), cc);
        }
        formulas.checkFormulas(cc);
        cc.earlier.check(rows == null ? null : rows.model(), tree.stream().flatMap(n -> n.leaves().stream()).toList(),
                errors::error);

        List<Rule> rules = new ArrayList<>();
        SequenceNode ruleSeq = f.sequence("rules", false);
        if (ruleSeq != null) {
            List<Node> items = ruleSeq.getValue();
            for (int i = 0; i < items.size(); i++) {
                Rule r = formulas.rule(items.get(i), at(at(p, "rules"), i), cc);
                if (r != null) {
                    rules.add(r);
                }
            }
        }
        if (code == null || title == null || rows == null || errors.size() > errorsBefore) {
            return null;
        }
        return new TableDef(code, title, subtitle, notes, rows.model(), tree, null, rules, rows.fixed(), rows.groups(),
                rows.maxRows(), rows.labelHeader(), rows.issuerRow(), rows.issuerRowLabel(), rows.total(),
                rows.totalLabel());
    }
}
