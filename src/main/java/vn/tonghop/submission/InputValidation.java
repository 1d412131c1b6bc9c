package vn.tonghop.submission;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.TableDef;

/** Excel data validation on an input column's cells: its type and bounds, with a prompt and an error box. */
final class InputValidation {

    private InputValidation() {
    }

    /** {@code index} is the column's place among the table's columns; {@code rows} its input rows (0-based). */
    static void add(XSSFSheet sheet, Column column, int index, List<Integer> rows, SubmissionMessages msg) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String min = column.min() == null ? null : column.min().toPlainString();
        String max = column.max() == null ? null : column.max().toPlainString();
        DataValidationConstraint constraint = switch (column.type()) {
            case INTEGER -> helper.createIntegerConstraint(operator(min, max), first(min, max, "-999999999999999"),
                    second(min, max, "999999999999999"));
            case DECIMAL, PERCENT -> helper.createDecimalConstraint(operator(min, max),
                    first(min, max, "-999999999999999"), second(min, max, "999999999999999"));
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(9999,12,31)",
                    "dd/mm/yyyy");
            case BOOLEAN -> helper.createExplicitListConstraint(new String[] { WorkbookValues.YES, WorkbookValues.NO });
            case TEXT -> null;
        };
        if (constraint == null) {
            return;
        }
        int col = TableDef.STUB_COLUMNS + index;
        CellRangeAddressList where = new CellRangeAddressList();
        int start = rows.get(0);
        int prev = start;
        for (int i = 1; i <= rows.size(); i++) {
            int r = i < rows.size() ? rows.get(i) : Integer.MIN_VALUE;
            if (r != prev + 1) {
                where.addCellRangeAddress(start, col, prev, col);
                start = r;
            }
            prev = r;
        }
        DataValidation v = helper.createValidation(constraint, where);
        String text = limit(msg.wbExpect(msg.typeName(column.type()), min, max), 255);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox(limit(msg.wbInvalidTitle(), 32), text);
        v.setShowPromptBox(true);
        v.createPromptBox(limit(column.header() == null ? column.code() : column.header(), 32), text);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static int operator(String min, String max) {
        if (min != null && max == null) {
            return OperatorType.GREATER_OR_EQUAL;
        }
        if (min == null && max != null) {
            return OperatorType.LESS_OR_EQUAL;
        }
        return OperatorType.BETWEEN;
    }

    private static String first(String min, String max, String fallback) {
        if (min != null) {
            return min;
        }
        return max != null ? max : fallback;
    }

    private static String second(String min, String max, String fallback) {
        return min != null && max != null ? max : min == null && max == null ? fallback : null;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
