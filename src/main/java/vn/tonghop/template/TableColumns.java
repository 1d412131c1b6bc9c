package vn.tonghop.template;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;

/** Leaves of one table with where their formula is written, for the cross-column checks. */
final class TableColumns {

    final String table;
    final Map<String, Node> codes = new LinkedHashMap<>();
    final Map<String, Formula> formulas = new LinkedHashMap<>();
    final Map<String, Node> formulaNodes = new HashMap<>();
    final Map<String, String> formulaPaths = new HashMap<>();
    final EarlierPeriodKeys earlier = new EarlierPeriodKeys();

    TableColumns(String table) {
        this.table = table;
    }
}
