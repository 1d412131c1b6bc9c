package vn.tonghop.template;

import java.util.List;
import java.util.Map;

import vn.tonghop.template.model.Rule;
import vn.tonghop.template.model.TableDef;

/**
 * A table's formulas and rules, compiled once.
 *
 * @param formulas
 *            computed column code → formula, in evaluation (topological) order
 * @param rules
 *            rules with their compiled expressions, in template order
 */
public record CompiledTable(TableDef table, Map<String, Formula> formulas, List<CompiledRule> rules) {

    public record CompiledRule(Rule rule, Formula formula) {
    }
}
