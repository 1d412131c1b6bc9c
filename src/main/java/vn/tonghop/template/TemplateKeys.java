package vn.tonghop.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The template format's vocabulary: the keys allowed at each level of the YAML and the shape of codes. */
final class TemplateKeys {

    /** Codes of templates, sections and tables: lowercase ASCII, digits, separated by - _ or . */
    static final Pattern CODE = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");
    /** Column codes are formula variables: snake_case starting with a letter. */
    static final Pattern COLUMN_CODE = Pattern.compile("[a-z][a-z0-9_]*");

    static final Set<String> ROOT_KEYS = keys("code", "title", "version", "description", "source", "reportType",
            "frequency", "sections", "tables", AnomalyKeys.KEY);
    static final Set<String> SECTION_KEYS = keys("code", "numbering", "ordinal", "title", "guidance", "kind",
            "required", "maxLength", "table", "children");
    static final Set<String> TABLE_KEYS = keys("code", "title", "subtitle", "notes", "rows", "columns", "rules");
    static final Set<String> ROWS_KEYS = keys("units", "fixed", "free", "labelHeader", "total", "totalLabel");
    static final Set<String> UNITS_KEYS = keys("groups", "issuerRow", "issuerRowLabel");
    static final Set<String> GROUP_KEYS = keys("level", "label", "subgroupBy", "subtotal");
    static final Set<String> FIXED_KEYS = keys("key", "label", "children");
    static final Set<String> FREE_KEYS = keys("maxRows");
    static final Set<String> COLUMN_GROUP_KEYS = keys("header", "columns");
    static final Set<String> COLUMN_KEYS = keys("code", "header", "type", "unit", "required", "min", "max", "rollup",
            "formula", "scale", EarlierPeriodKeys.KEY);
    static final Set<String> RULE_KEYS = keys("expr", "severity", "message");

    private TemplateKeys() {
    }

    private static Set<String> keys(String... k) {
        return new LinkedHashSet<>(List.of(k));
    }
}
