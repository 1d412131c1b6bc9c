package vn.tonghop.submission;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem found in a report: a cell that breaks a rule, a required section left empty, a value that cannot be stored.
 *
 * @param table
 *            table code, or null for a narrative section
 * @param row
 *            row key, or null
 * @param column
 *            column code (or the section code for a section), or null
 * @param severity
 *            "error" (blocks submission) or "warning" (needs an explanation)
 * @param code
 *            stable identity of the issue, the key of its explanation ("phu-luc-2/14794/rule-1")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionIssue(String table, String row, String column, String message, String severity, String code) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public boolean isError() {
        return ERROR.equals(severity);
    }

    public boolean isWarning() {
        return WARNING.equals(severity);
    }
}
