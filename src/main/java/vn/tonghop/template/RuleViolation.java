package vn.tonghop.template;

import java.util.List;

import vn.tonghop.template.model.Severity;

/**
 * A failed check on one row.
 *
 * @param expr
 *            the rule expression, or null for a column check (required, min, max, type)
 * @param text
 *            what is wrong: the rule's own message as the template gives it, or the engine's words from the bundle
 * @param columns
 *            the columns involved, to highlight cells
 */
public record RuleViolation(String expr, Severity severity, ErrorText text, List<String> columns) {
    public RuleViolation {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** In Vietnamese. */
    public String message() {
        return text.vietnamese();
    }

    /** In the language of {@code messages}. */
    public String message(TemplateErrorMessages messages) {
        return text.in(messages);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
