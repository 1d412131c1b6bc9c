package vn.tonghop.template;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.EarlierPeriod;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.template.model.RowModel;

/**
 * The column key {@code earlierPeriod: {column: q_tiep_nhan, period: same-last-year}} of one table: the column shows
 * that column as the unit reported it in the earlier period. Read per column, checked once the table's columns are all
 * known: the shown column exists, is typed by units and is a number column of the same type, and rows line up across
 * periods (fixed rows or unit rows, not rows each unit adds).
 */
final class EarlierPeriodKeys {

    static final String KEY = "earlierPeriod";
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("column", "period"));

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();

    /** The declaration under a column, or null when it is wrong (the error already told). */
    EarlierPeriod read(String code, Node value, String path, YamlKeys.Problems problems) {
        Optional<YamlKeys> keys = YamlKeys.of(value, path, KEYS, problems);
        if (keys.isEmpty()) {
            return null;
        }
        String column = keys.get().text("column", true);
        PeriodOffset period = keys.get().enumValue("period", PeriodOffset.class, true);
        if (column == null || period == null || code == null) {
            return null;
        }
        nodes.put(code, value);
        paths.put(code, path);
        return new EarlierPeriod(column, period);
    }

    /** The checks across the table's columns; {@code rows} is null when the rows themselves were wrong. */
    void check(RowModel rows, List<Column> leaves, YamlKeys.Problems problems) {
        Map<String, Column> byCode = new LinkedHashMap<>();
        leaves.forEach(c -> byCode.put(c.code(), c));
        for (Column c : leaves) {
            if (!c.isEarlier()) {
                continue;
            }
            Node node = nodes.get(c.code());
            String path = paths.get(c.code());
            if (rows == RowModel.FREE) {
                problems.at(node, path, m -> m.earlierNeedsLinedRows(c.code()));
            }
            if (c.isComputed()) {
                problems.at(node, path, m -> m.earlierNoFormula(c.code()));
            }
            if (c.required()) {
                problems.at(node, path, m -> m.earlierNotRequired(c.code()));
            }
            Column shown = byCode.get(c.earlier().column());
            if (shown == null) {
                String columns = String.join(", ", byCode.keySet());
                problems.at(node, path + ".column", m -> m.earlierColumnUnknown(c.earlier().column(), columns));
            } else if (!shown.isTyped()) {
                problems.at(node, path + ".column", m -> m.earlierColumnNotTyped(shown.code()));
            } else if (!shown.type().isNumeric() || shown.type() != c.type()) {
                problems.at(node, path + ".column",
                        m -> m.earlierTypeDiffers(c.code(), shown.code(), shown.type().yamlName()));
            }
        }
    }
}
