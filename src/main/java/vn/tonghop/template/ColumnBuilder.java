package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.COLUMN_CODE;
import static vn.tonghop.template.TemplateKeys.COLUMN_GROUP_KEYS;
import static vn.tonghop.template.TemplateKeys.COLUMN_KEYS;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.EarlierPeriod;
import vn.tonghop.template.model.RollupRule;

/** Reads a table's column tree: header groups and leaf columns with their type, bounds, rollup and formula. */
final class ColumnBuilder {

    private final ParseErrors errors;
    private final TableFormulas formulas;

    ColumnBuilder(ParseErrors errors, TableFormulas formulas) {
        this.errors = errors;
        this.formulas = formulas;
    }

    List<ColumnNode> columnNodes(SequenceNode seq, String p, TableColumns cc) {
        List<ColumnNode> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            String cp = at(p, i);
            Node n = items.get(i);
            boolean group = n instanceof MappingNode m && m.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("columns"));
            if (group) {
                YamlFields f = YamlFields.of(errors, n, cp, COLUMN_GROUP_KEYS);
                if (f == null) {
                    continue;
                }
                String header = f.text("header", true);
                SequenceNode children = f.sequence("columns", true);
                if (children != null && children.getValue().isEmpty()) {
                    errors.error(children, at(cp, "columns"), TemplateErrorMessages::columnGroupEmpty);
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

    Column column(Node n, String p, TableColumns cc) {
        YamlFields f = YamlFields.of(errors, n, p, COLUMN_KEYS);
        if (f == null) {
            return null;
        }
        String code = f.code("code", COLUMN_CODE);
        if (code != null && !formulas.isPlainVariable(code)) {
            String reserved = code;
            errors.error(f.valueNode("code"), at(p, "code"), m -> m.columnCodeReserved(reserved));
            code = null;
        }
        if (code != null) {
            Node prev = cc.codes.putIfAbsent(code, f.valueNode("code"));
            if (prev != null) {
                String taken = code;
                int first = line(prev);
                errors.error(f.valueNode("code"), at(p, "code"), m -> m.columnCodeTaken(taken, cc.table, first));
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
                ? cc.earlier.read(code, f.valueNode(EarlierPeriodKeys.KEY), at(p, EarlierPeriodKeys.KEY), errors::error)
                : null;
        boolean computed = formula != null && !formula.isBlank();

        if (type != null && !type.isNumeric()) {
            for (String k : List.of("min", "max", "scale")) {
                if (f.has(k)) {
                    errors.error(f.valueNode(k), at(p, k), m -> m.numericOnly(k));
                }
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.error(f.valueNode("max"), at(p, "max"),
                    m -> m.minAboveMax(min.toPlainString(), max.toPlainString()));
        }
        if (computed && required != null) {
            errors.error(f.valueNode("required"), at(p, "required"), TemplateErrorMessages::computedNotRequired);
        }
        if (rollup != null && type != null) {
            ErrorText why = rollupProblem(rollup, type, computed);
            if (why != null) {
                errors.error(f.valueNode("rollup"), at(p, "rollup"), why);
            }
        }
        if (computed && code != null) {
            formulas.columnFormula(code, formula, f.valueNode("formula"), at(p, "formula"), cc);
        }
        if (code == null || header == null || type == null) {
            return null;
        }
        return new Column(code, header, type, unit, required != null && required, min, max, rollup,
                computed ? formula.trim() : null, scale, earlier);
    }

    private static ErrorText rollupProblem(RollupRule rollup, ColumnType type, boolean computed) {
        if (computed) {
            return rollup == RollupRule.RECOMPUTE ? null : TemplateErrorMessages::computedRollup;
        }
        ErrorText notFor = m -> m.rollupNotFor(rollup.yamlName(), type.yamlName());
        return switch (rollup) {
            case RECOMPUTE -> TemplateErrorMessages::recomputeNeedsFormula;
            case SUM, AVERAGE -> type.isNumeric() ? null : notFor;
            case MIN, MAX -> type.isNumeric() || type == ColumnType.DATE ? null : notFor;
            default -> null;
        };
    }
}
