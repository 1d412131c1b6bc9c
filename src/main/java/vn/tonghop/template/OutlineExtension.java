package vn.tonghop.template;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.TableDef;

/**
 * Whether one outline extends another: a relayed campaign may add sections and tables to the outline it received, but
 * must keep every narrative section and every table of it, with the same columns, so that its consolidation still fills
 * the relaying unit's own report upward.
 */
public final class OutlineExtension {

    private OutlineExtension() {
    }

    /** What {@code child} lacks of {@code parent}, in Vietnamese; empty when it extends it. */
    public static List<String> missing(OutlineTemplate parent, OutlineTemplate child) {
        return missing(parent, child, ErrorText.VIETNAMESE);
    }

    /** What {@code child} lacks of {@code parent}, in the words of {@code words}; empty when it extends it. */
    public static List<String> missing(OutlineTemplate parent, OutlineTemplate child, TemplateErrorMessages words) {
        List<String> out = new ArrayList<>();
        for (Section s : parent.flattenSections()) {
            Section c = child.section(s.code()).orElse(null);
            if (c == null || c.kind() != s.kind()) {
                out.add(words.lacksSection(s.heading(), s.code()));
            }
        }
        for (TableDef t : parent.tables()) {
            TableDef c = child.table(t.code()).orElse(null);
            if (c == null || c.rowModel() != t.rowModel()) {
                out.add(words.lacksTable(name(t), t.code()));
                continue;
            }
            for (Column col : t.columns()) {
                boolean same = c.column(col.code()).map(x -> x.type() == col.type()).orElse(false);
                if (!same) {
                    out.add(words.lacksColumn(col.code(), t.code()));
                }
            }
            List<String> childRows = c.flattenFixedRows().stream().map(FixedRow::key).toList();
            for (FixedRow r : t.flattenFixedRows()) {
                if (!childRows.contains(r.key())) {
                    out.add(words.lacksRow(r.key(), t.code()));
                }
            }
        }
        return out;
    }

    private static String name(TableDef t) {
        return t.title() == null ? t.code() : t.title();
    }
}
