package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.CODE;
import static vn.tonghop.template.TemplateKeys.FIXED_KEYS;
import static vn.tonghop.template.TemplateKeys.FREE_KEYS;
import static vn.tonghop.template.TemplateKeys.GROUP_KEYS;
import static vn.tonghop.template.TemplateKeys.UNITS_KEYS;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitGroupLabel;
import vn.tonghop.template.model.UnitLevel;

/** Reads a table's {@code rows}: one of units (with their groups), fixed rows (a tree) or free rows. */
final class RowsBuilder {

    private final ParseErrors errors;

    RowsBuilder(ParseErrors errors) {
        this.errors = errors;
    }

    record RowsSpec(RowModel model, List<FixedRow> fixed, List<UnitGroupLabel> groups, Integer maxRows,
            String labelHeader, boolean issuerRow, String issuerRowLabel, boolean total, String totalLabel) {
    }

    RowsSpec rows(YamlFields f, String p) {
        List<String> present = new ArrayList<>();
        for (String k : List.of("units", "fixed", "free")) {
            if (f.entries.containsKey(k)) { // "free:" with no value is meaningful
                present.add(k);
            }
        }
        if (present.isEmpty()) {
            errors.error(f.node, p, TemplateErrorMessages::rowsMissing);
            return null;
        }
        if (present.size() > 1) {
            String found = String.join(", ", present);
            errors.error(f.valueNode(present.get(1)), at(p, present.get(1)), m -> m.rowsTwice(found));
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
                if (!YamlFields.isNull(n)) {
                    YamlFields u = YamlFields.of(errors, n, at(p, "units"), UNITS_KEYS);
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
                return new RowsSpec(model, List.of(), groups, null, labelHeader, issuerRow, issuerRowLabel, totalRow,
                        totalLabel);
            }
            case FIXED -> {
                SequenceNode seq = f.sequence("fixed", true);
                if (seq == null) {
                    return null;
                }
                if (seq.getValue().isEmpty()) {
                    errors.error(seq, at(p, "fixed"), TemplateErrorMessages::fixedRowsEmpty);
                }
                List<FixedRow> rows = fixedRows(seq, at(p, "fixed"), 0, new HashMap<>());
                return new RowsSpec(model, rows, List.of(), null, labelHeader, false, null, totalRow, totalLabel);
            }
            default -> {
                Node n = f.valueNode("free");
                Integer maxRows = null;
                if (!YamlFields.isNull(n)) {
                    YamlFields fr = YamlFields.of(errors, n, at(p, "free"), FREE_KEYS);
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
            YamlFields f = YamlFields.of(errors, items.get(i), gp, GROUP_KEYS);
            if (f == null) {
                continue;
            }
            List<UnitLevel> levels = new ArrayList<>();
            Node ln = f.valueNode("level");
            if (ln == null || YamlFields.isNull(ln)) {
                f.missing("level");
            } else if (ln instanceof SequenceNode ls) {
                for (int j = 0; j < ls.getValue().size(); j++) {
                    UnitLevel l = YamlFields.enumOf(errors, ls.getValue().get(j), at(at(gp, "level"), j),
                            UnitLevel.class);
                    if (l != null) {
                        levels.add(l);
                    }
                }
                if (ls.getValue().isEmpty()) {
                    errors.error(ls, at(gp, "level"), TemplateErrorMessages::levelsEmpty);
                }
            } else {
                UnitLevel l = YamlFields.enumOf(errors, ln, at(gp, "level"), UnitLevel.class);
                if (l != null) {
                    levels.add(l);
                }
            }
            for (UnitLevel l : levels) {
                String prev = seen.putIfAbsent(l, gp);
                if (prev != null) {
                    errors.error(ln, at(gp, "level"), m -> m.levelTaken(l.yamlName(), prev));
                }
            }
            String label = f.text("label", true);
            UnitLevel subgroupBy = f.enumValue("subgroupBy", UnitLevel.class, false);
            if (subgroupBy != null && !levels.contains(subgroupBy)) {
                String ofGroup = levels.toString();
                errors.error(f.valueNode("subgroupBy"), at(gp, "subgroupBy"), m -> m.subgroupNotLevel(ofGroup));
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
            YamlFields f = YamlFields.of(errors, items.get(i), rp, FIXED_KEYS);
            if (f == null) {
                continue;
            }
            String key = f.code("key", CODE);
            if (key != null) {
                Node prev = keys.putIfAbsent(key, f.valueNode("key"));
                if (prev != null) {
                    int first = line(prev);
                    errors.error(f.valueNode("key"), at(rp, "key"), m -> m.rowKeyTaken(key, first));
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
}
