package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.CODE;
import static vn.tonghop.template.TemplateKeys.SECTION_KEYS;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;

/** Builds the outline's sections: numbering, kinds, and the tables they attach, checked across the whole outline. */
final class SectionBuilder {

    private final ParseErrors errors;

    SectionBuilder(ParseErrors errors) {
        this.errors = errors;
    }

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
            YamlFields f = YamlFields.of(errors, items.get(i), p, SECTION_KEYS);
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

    Section section(YamlFields f, String p, int depth, String ordinal, NumberingStyle style, SectionContext sc) {
        String code = f.code("code", CODE);
        if (code != null) {
            Node prev = sc.sectionCodes().putIfAbsent(code, f.valueNode("code"));
            if (prev != null) {
                int first = line(prev);
                errors.error(f.valueNode("code"), at(p, "code"), m -> m.sectionCodeTaken(code, first));
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
            errors.error(f.has("kind") ? f.valueNode("kind") : f.node, at(p, "table"),
                    TemplateErrorMessages::tableSectionNeedsTable);
        }
        if (tableCode != null && kind != SectionKind.TABLE) {
            String kindName = kind.yamlName();
            errors.error(f.valueNode("table"), at(p, "table"), m -> m.tableOnlyInTableSection(kindName));
        }
        if (tableCode != null && kind == SectionKind.TABLE) {
            if (!sc.tableCodes().containsKey(tableCode)) {
                String tables = String.join(", ", sc.tableCodes().keySet());
                errors.error(f.valueNode("table"), at(p, "table"), m -> m.tableUnknown(tableCode, tables));
            } else {
                String owner = sc.tableOwner().putIfAbsent(tableCode, code == null ? p : code);
                if (owner != null) {
                    errors.error(f.valueNode("table"), at(p, "table"), m -> m.tableTaken(tableCode, owner));
                }
            }
        }
        if (kind == SectionKind.GROUP && !hasChildren) {
            errors.error(f.has("kind") ? f.valueNode("kind") : f.node, at(p, "children"),
                    TemplateErrorMessages::groupNeedsChildren);
        }
        if (maxLength != null && kind != SectionKind.TEXT) {
            errors.error(f.valueNode("maxLength"), at(p, "maxLength"), TemplateErrorMessages::maxLengthTextOnly);
        }
        List<Section> children = childSeq == null ? List.of() : sections(childSeq, at(p, "children"), depth + 1, sc);
        if (code == null || title == null) {
            return null;
        }
        boolean req = required != null ? required : Section.defaultRequired(kind);
        return new Section(code, ordinal, style, title, guidance, kind, req, maxLength, tableCode, children, depth);
    }
}
