package vn.tonghop.template;

import java.util.List;

import vn.tonghop.template.model.Severity;

/**
 * A failed check on one row.
 *
 * @param expr
 *            the rule expression, or null for a column check (required, min, max, type)
 * @param columns
 *            the columns involved, to highlight cells
 */
public record RuleViolation(String expr, Severity severity, String message, List<String> columns) {
    public RuleViolation {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
