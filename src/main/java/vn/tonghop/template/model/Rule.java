package vn.tonghop.template.model;

import java.util.Objects;

/** A per-row check; {@code expr} must be true for the row to pass. */
public record Rule(String expr, Severity severity, String message) {
    public Rule {
        Objects.requireNonNull(expr, "expr");
        severity = severity == null ? Severity.ERROR : severity;
    }
}
