package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.RULE_KEYS;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.Severity;

/**
 * Compiles a table's column formulas and rules with the formula engine and checks them against the table's columns:
 * every variable is a column, and computed columns do not depend on each other in a cycle.
 */
final class TableFormulas {

    private final ParseErrors errors;
    private final FormulaEngine engine;

    TableFormulas(ParseErrors errors, FormulaEngine engine) {
        this.errors = errors;
        this.engine = engine;
    }

    /** Compiles a computed column's formula; the columns it names are checked once the whole table is read. */
    void columnFormula(String code, String formula, Node node, String path, TableColumns cc) {
        try {
            Formula compiled = engine.compile(formula);
            cc.formulas.put(code, compiled);
            cc.formulaNodes.put(code, node);
            cc.formulaPaths.put(code, path);
        } catch (FormulaException e) {
            errors.error(expressionLine(node, e), path, m -> m.columnFormula(code, e.text().in(m)));
        }
    }

    /** Unknown columns in formulas, then cycles between computed columns. */
    void checkFormulas(TableColumns cc) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (Map.Entry<String, Formula> e : cc.formulas.entrySet()) {
            String col = e.getKey();
            boolean ok = true;
            for (String v : e.getValue().variables()) {
                if (!cc.codes.containsKey(v)) {
                    errors.error(cc.formulaNodes.get(col), cc.formulaPaths.get(col), m -> m.columnUnknown(v, cc.table));
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
            String loop = String.join(" → ", c);
            errors.error(cc.formulaNodes.get(first), cc.formulaPaths.get(first), m -> m.formulaCycle(loop));
            c.forEach(remaining::remove);
        }
    }

    Rule rule(Node n, String p, TableColumns cc) {
        YamlFields f = YamlFields.of(errors, n, p, RULE_KEYS);
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
                    errors.error(en, at(p, "expr"), TemplateErrorMessages::ruleWithoutColumn);
                    ok = false;
                }
                for (String v : compiled.variables()) {
                    if (!cc.codes.containsKey(v)) {
                        errors.error(en, at(p, "expr"), m -> m.columnUnknown(v, cc.table));
                        ok = false;
                    }
                }
            } catch (FormulaException e) {
                errors.error(expressionLine(en, e), at(p, "expr"), m -> m.ruleProblem(e.text().in(m)));
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
    private static int expressionLine(Node n, FormulaException e) {
        int base = line(n);
        if (n instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
            base++;
        }
        return base + Math.max(0, e.line() - 1);
    }
}
