package vn.tonghop.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.submission.SubmissionView.RowView;
import vn.tonghop.submission.SubmissionView.TableView;
import vn.tonghop.template.AnnexNote;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * A unit's annex tables as an Excel workbook to fill offline: one sheet per table in the official layout (title,
 * grouped headers, STT, row labels), prefilled with the stored values. Only input cells are unlocked; each input column
 * has data validation for its type and bounds; computed columns are Excel formulas when the template formula is simple
 * arithmetic (see {@link ExcelFormula}), else the portal's value, locked and recomputed on upload. A very hidden sheet
 * ({@value #MAPPING_SHEET}) maps every input cell back to its table, row key and column, so that {@link WorkbookReader}
 * never guesses from labels or positions.
 * <p>
 * Sheets and the workbook structure are protected with the password {@value #PASSWORD}: it is not a secret (it is
 * documented here and in the README) and only prevents accidental edits of headers and labels.
 */
public final class SubmissionWorkbook {

    public static final String PASSWORD = "tonghop";
    public static final String MAPPING_SHEET = "_tonghop";
    static final String MARKER = "tonghop-workbook";
    static final String FORMAT = "1";
    static final int DEFAULT_FREE_ROWS = 50;
    static final String YES = "Có";
    static final String NO = "Không";

    /** Whose report the workbook is, written in the mapping sheet and checked on upload. */
    public record Meta(long campaignId, String unitCode, String unitName, String periodLabel, long version) {
    }

    private enum Kind {
        INPUT, HEADING, TOTAL
    }

    /** A table row to write: an input row, a heading row (rollup of its leaves) or the total row. */
    private record Line(Kind kind, String key, String ordinal, String label, int depth, Map<String, Object> cells,
            List<String> leafKeys) {
    }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final SubmissionMessages msg;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final List<List<String>> mapping = new ArrayList<>();

    private SubmissionWorkbook(SubmissionMessages msg) {
        this.msg = msg;
    }

    /** The workbook as XLSX bytes. {@code tables} are the rows as the API shows them (computed columns filled). */
    public static byte[] write(Meta meta, OutlineTemplate outline, Map<String, TableView> tables,
            SubmissionValidator.Scope scope, SubmissionMessages msg) {
        SubmissionWorkbook w = new SubmissionWorkbook(msg);
        try (XSSFWorkbook wb = w.wb;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.mapping.add(List.of(MARKER, FORMAT, String.valueOf(meta.campaignId()), meta.unitCode(),
                    String.valueOf(meta.version())));
            Set<String> names = new HashSet<>();
            names.add(MAPPING_SHEET.toLowerCase(java.util.Locale.ROOT));
            for (TableDef table : outline.tables()) {
                String name = sheetName(table, names);
                w.mapping.add(List.of("table", name, table.code()));
                w.table(wb.createSheet(name), table, lines(table, tables.get(table.code()), scope), meta);
            }
            w.writeMapping();
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            try {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            } catch (RuntimeException e) {
                // cached results are a courtesy for viewers that do not recalculate; Excel recalculates on open
            }
            wb.setWorkbookPassword(PASSWORD, HashAlgorithm.sha512);
            wb.lockStructure();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(TableDef table, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(SubmissionValidator.tableName(table), '-').strip();
        if (base.isEmpty() || base.startsWith("'")) {
            base = WorkbookUtil.createSafeSheetName(table.code(), '-');
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    // ---- rows ----

    private static List<Line> lines(TableDef table, TableView view, SubmissionValidator.Scope scope) {
        List<RowView> typed = view == null ? List.of() : view.rows();
        Map<String, RowView> byKey = new LinkedHashMap<>();
        typed.forEach(r -> byKey.put(r.key(), r));
        List<Line> out = new ArrayList<>();
        switch (table.rowModel()) {
            case UNITS -> {
                List<RowView> rows = new ArrayList<>(typed);
                rows.sort((a, b) -> Boolean.compare(!scope.ownKey().equals(a.key()), !scope.ownKey().equals(b.key())));
                int n = 0;
                for (RowView r : rows) {
                    out.add(new Line(Kind.INPUT, r.key(), String.valueOf(++n), r.label(), 0, r.cells(), null));
                }
            }
            case FIXED -> fixedLines(table.fixedRows(), 0, byKey, out, new int[] { 0 }, new int[] { 0 });
            case FREE -> {
                int count = Math.max(table.maxRows() != null ? table.maxRows() : DEFAULT_FREE_ROWS,
                        table.maxRows() != null ? typed.size() : typed.size() + 10);
                for (int i = 0; i < count; i++) {
                    Map<String, Object> cells = i < typed.size() ? typed.get(i).cells() : Map.of();
                    out.add(new Line(Kind.INPUT, "", String.valueOf(i + 1), "", 0, cells, null));
                }
            }
        }
        List<String> leaves = out.stream().filter(l -> l.kind() == Kind.INPUT).map(Line::key).toList();
        boolean total = table.rowModel() != RowModel.FREE && table.totalRow()
                && (table.rowModel() == RowModel.FIXED || leaves.size() > 1);
        if (total) {
            out.add(new Line(Kind.TOTAL, null, "", table.totalLabel(), 0, Map.of(), leaves));
        }
        return out;
    }

    /** Headings at the top level are numbered I, II …; rows under a heading 1, 2 …, as in official annexes. */
    private static void fixedLines(List<FixedRow> rows, int depth, Map<String, RowView> typed, List<Line> out,
            int[] roman, int[] arabic) {
        int[] local = depth == 0 ? arabic : new int[] { 0 };
        for (FixedRow r : rows) {
            Map<String, Object> cells = typed.containsKey(r.key()) ? typed.get(r.key()).cells() : Map.of();
            if (r.isLeaf()) {
                out.add(new Line(Kind.INPUT, r.key(), String.valueOf(++local[0]), r.label(), depth, cells, null));
            } else {
                String ordinal = depth == 0 ? roman(++roman[0]) : String.valueOf(++local[0]);
                List<String> leaves = r.flatten().stream().filter(FixedRow::isLeaf).map(FixedRow::key).toList();
                out.add(new Line(Kind.HEADING, r.key(), ordinal, r.label(), depth, Map.of(), leaves));
                fixedLines(r.children(), depth + 1, typed, out, roman, arabic);
            }
        }
    }

    private static String roman(int n) {
        String[] r = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        int[] v = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                s.append(r[i]);
                n -= v[i];
            }
        }
        return s.toString();
    }

    // ---- one sheet ----

    private void table(XSSFSheet sheet, TableDef table, List<Line> lines, Meta meta) {
        List<Column> columns = table.columns();
        int lastCol = TableDef.STUB_COLUMNS + columns.size() - 1;
        boolean free = table.rowModel() == RowModel.FREE;
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, (free ? 3 : 42) * 256);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(TableDef.STUB_COLUMNS + i, width(columns.get(i)) * 256);
        }
        int r = 0;
        r = banner(sheet, r, lastCol, SubmissionValidator.tableName(table), "title");
        if (table.subtitle() != null && !table.subtitle().isBlank()) {
            r = banner(sheet, r, lastCol, table.subtitle(), "subtitle");
        }
        String notes = AnnexNote.of(table.notes(), null, null, meta.unitName());
        if (notes != null) {
            r = banner(sheet, r, lastCol, notes, "notes");
        }
        r = banner(sheet, r, lastCol, msg.wbUnitLine(meta.unitName(), meta.periodLabel()), "info");
        r = banner(sheet, r, lastCol, msg.wbHint(), "hint");
        r++;
        int headerTop = r;
        r = header(sheet, table, r, lastCol);
        int firstData = r;

        Map<String, Integer> rowOfKey = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.INPUT && !l.key().isEmpty()) {
                rowOfKey.put(l.key(), firstData + i);
            }
        }
        Map<String, Boolean> translatable = translatableColumns(table);
        Map<Column, List<Integer>> inputRows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int rowIndex = firstData + i;
            Row row = sheet.createRow(rowIndex);
            boolean bold = line.kind() != Kind.INPUT;
            cell(row, 0, line.ordinal(), style(bold ? "stt-bold" : "stt"));
            Cell label = row.createCell(1);
            label.setCellValue(line.label() == null ? "" : line.label());
            label.setCellStyle(labelStyle(bold, line.depth()));
            if (line.kind() == Kind.INPUT) {
                mapping.add(List.of("row", sheet.getSheetName(), String.valueOf(rowIndex + 1), line.key()));
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Cell cell = row.createCell(TableDef.STUB_COLUMNS + c);
                if (column.isComputed() || (column.isEarlier() && line.kind() == Kind.INPUT)) {
                    // an earlier period's figure is the portal's, locked like a computed value
                    computed(cell, table, column, rowIndex, line, translatable);
                } else if (line.kind() == Kind.INPUT) {
                    input(cell, column, line.cells().get(column.code()));
                    inputRows.computeIfAbsent(column, k -> new ArrayList<>()).add(rowIndex);
                } else {
                    rollup(cell, column, line, rowOfKey);
                }
            }
            row.setHeightInPoints(rowHeight(line.label(), free ? 3 : 42));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (!column.isComputed()) {
                mapping.add(List.of("column", sheet.getSheetName(),
                        CellReference.convertNumToColString(TableDef.STUB_COLUMNS + c), column.code()));
            }
        }
        inputRows.forEach((column, rows) -> validation(sheet, column, columns.indexOf(column), rows));

        sheet.createFreezePane(TableDef.STUB_COLUMNS, firstData);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, firstData - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.protectSheet(PASSWORD);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static int width(Column c) {
        return switch (c.type()) {
            case TEXT -> 30;
            case DATE -> 13;
            case BOOLEAN -> 10;
            default -> 14;
        };
    }

    private int banner(XSSFSheet sheet, int r, int lastCol, String text, String style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style(style));
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        }
        int chars = 42 + 6 + (lastCol - 1) * 14;
        row.setHeightInPoints(Math.max(1, (int) Math.ceil(text.length() * 1.15 / chars)) * 16f);
        return r + 1;
    }

    private int header(XSSFSheet sheet, TableDef table, int top, int lastCol) {
        List<List<HeaderCell>> rows = table.headerRows();
        CellStyle style = style("header");
        float[] heights = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(top + i);
            for (int c = 0; c <= lastCol; c++) {
                row.createCell(c).setCellStyle(style);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (HeaderCell h : rows.get(i)) {
                sheet.getRow(top + i).getCell(h.firstColumn()).setCellValue(h.text() == null ? "" : h.text());
                if (h.colSpan() > 1 || h.rowSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + i, top + i + h.rowSpan() - 1, h.firstColumn(),
                            h.firstColumn() + h.colSpan() - 1));
                }
                int chars = 0;
                for (int c = h.firstColumn(); c < h.firstColumn() + h.colSpan(); c++) {
                    chars += sheet.getColumnWidth(c) / 256;
                }
                int lines = (int) Math.ceil((h.text() == null ? 1 : h.text().length()) * 1.2 / Math.max(chars, 1));
                int perRow = (int) Math.ceil((double) Math.max(lines, 1) / h.rowSpan());
                for (int k = i; k < i + h.rowSpan(); k++) {
                    heights[k] = Math.max(heights[k], perRow * 15f + 4);
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            sheet.getRow(top + i).setHeightInPoints(Math.min(heights[i], 200));
        }
        return top + rows.size();
    }

    private static float rowHeight(String label, int widthChars) {
        int len = label == null ? 0 : label.length();
        int lines = Math.max(1, (int) Math.ceil(len * 1.15 / Math.max(widthChars, 1)));
        return Math.min(lines * 15f + 3, 409f);
    }

    // ---- cells ----

    private void input(Cell cell, Column column, Object value) {
        cell.setCellStyle(inputStyle(column));
        if (value == null || (value instanceof String s && s.isBlank())) {
            return;
        }
        switch (column.type()) {
            case INTEGER, DECIMAL, PERCENT -> {
                Object d = vn.tonghop.template.CellValues.toDecimal(value);
                if (d instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date != null) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue(String.valueOf(value));
                }
            }
            case BOOLEAN ->
                    cell.setCellValue(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) ? YES : NO);
            case TEXT -> cell.setCellValue(String.valueOf(value));
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A computed cell: an Excel formula over the row when translatable, else the portal's value. */
    private void computed(Cell cell, TableDef table, Column column, int rowIndex, Line line,
            Map<String, Boolean> translatable) {
        cell.setCellStyle(numberStyle(column, line.kind() == Kind.INPUT ? "computed" : "aggregate"));
        Optional<String> formula = translatable.getOrDefault(column.code(), false)
                ? ExcelFormula.translate(column.formula(), refs(table, rowIndex, translatable), column.effectiveScale())
                : Optional.empty();
        if (formula.isPresent()) {
            cell.setCellFormula(formula.get());
        } else if (line.kind() == Kind.INPUT) {
            Object v = line.cells().get(column.code());
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(String.valueOf(v));
            }
        }
    }

    /** A heading or total cell: the column's rollup over the leaf rows, as Excel would compute it. */
    private void rollup(Cell cell, Column column, Line line, Map<String, Integer> rowOfKey) {
        cell.setCellStyle(numberStyle(column, "aggregate"));
        String function = switch (column.rollup()) {
            case SUM -> "SUM";
            case AVERAGE -> "AVERAGE";
            case MIN -> "MIN";
            case MAX -> "MAX";
            case COUNT -> "COUNTA";
            default -> null;
        };
        boolean numeric = column.type().isNumeric() || (column.type() == ColumnType.DATE
                && (column.rollup() == RollupRule.MIN || column.rollup() == RollupRule.MAX));
        if (function == null || (!numeric && column.rollup() != RollupRule.COUNT)) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        for (String key : line.leafKeys()) {
            Integer r = rowOfKey.get(key);
            if (r != null) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String ranges = ranges(cell.getColumnIndex(), rows);
        cell.setCellFormula(column.rollup() == RollupRule.COUNT ? "COUNTA(" + ranges + ")"
                : "IF(COUNT(" + ranges + ")=0,\"\"," + function + "(" + ranges + "))");
    }

    /** "E8:E9,E11" for rows 7, 8 and 10 (0-based). */
    static String ranges(int col, List<Integer> rows) {
        String letter = CellReference.convertNumToColString(col);
        List<String> parts = new ArrayList<>();
        int start = rows.get(0);
        int prev = start;
        for (int i = 1; i <= rows.size(); i++) {
            int r = i < rows.size() ? rows.get(i) : Integer.MIN_VALUE;
            if (r != prev + 1) {
                parts.add(start == prev ? letter + (start + 1) : letter + (start + 1) + ":" + letter + (prev + 1));
                start = r;
            }
            prev = r;
        }
        return String.join(",", parts);
    }

    /** Which computed columns translate, given that a formula may read another computed column that translates. */
    private static Map<String, Boolean> translatableColumns(TableDef table) {
        Map<String, Boolean> ok = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Column c : table.computedColumns()) {
                if (!ok.getOrDefault(c.code(), false)
                        && ExcelFormula.translate(c.formula(), refs(table, 0, ok), c.effectiveScale()).isPresent()) {
                    ok.put(c.code(), true);
                    changed = true;
                }
            }
        }
        return ok;
    }

    /** Numeric columns a formula may read in this row: inputs, and computed columns that are formulas too. */
    private static Map<String, String> refs(TableDef table, int rowIndex, Map<String, Boolean> translatable) {
        Map<String, String> refs = new HashMap<>();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.type().isNumeric() && (!c.isComputed() || translatable.getOrDefault(c.code(), false))) {
                refs.put(c.code(), CellReference.convertNumToColString(TableDef.STUB_COLUMNS + i) + (rowIndex + 1));
            }
        }
        return refs;
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    // ---- data validation ----

    private void validation(XSSFSheet sheet, Column column, int index, List<Integer> rows) {
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
            case BOOLEAN -> helper.createExplicitListConstraint(new String[] { YES, NO });
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

    // ---- mapping sheet ----

    private void writeMapping() {
        XSSFSheet sheet = wb.createSheet(MAPPING_SHEET);
        for (int r = 0; r < mapping.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = mapping.get(r);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
        if (mapping.size() > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalStateException("mapping too large");
        }
        sheet.protectSheet(PASSWORD);
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    // ---- styles ----

    private CellStyle style(String key) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            switch (k) {
                case "title" -> {
                    font.setBold(true);
                    font.setFontHeightInPoints((short) 14);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "subtitle" -> {
                    font.setBold(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "notes" -> {
                    font.setItalic(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case "info" -> font.setItalic(true);
                case "hint" -> {
                    font.setItalic(true);
                    font.setFontHeightInPoints((short) 10);
                    font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                }
                case "header" -> {
                    font.setBold(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    border(s);
                }
                case "stt", "stt-bold" -> {
                    font.setBold(k.equals("stt-bold"));
                    s.setAlignment(HorizontalAlignment.CENTER);
                    border(s);
                }
                default -> border(s);
            }
            s.setFont(font);
            return s;
        });
    }

    private CellStyle labelStyle(boolean bold, int depth) {
        String key = "label-" + bold + "-" + depth;
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            s.setFont(font);
            s.setIndention((short) Math.min(depth * 2, 15));
            return s;
        });
    }

    private CellStyle inputStyle(Column column) {
        String key = "input-" + column.type() + "-" + column.effectiveScale();
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setLocked(false);
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setDataFormat(wb.createDataFormat().getFormat(format(column)));
            if (column.type() == ColumnType.BOOLEAN || column.type() == ColumnType.DATE) {
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            return s;
        });
    }

    private CellStyle numberStyle(Column column, String kind) {
        String key = kind + "-" + column.type() + "-" + column.effectiveScale();
        CellStyle base = style("cell");
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            if (kind.equals("aggregate")) {
                Font font = wb.createFont();
                font.setFontName("Times New Roman");
                font.setFontHeightInPoints((short) 12);
                font.setBold(true);
                s.setFont(font);
            } else {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            s.setDataFormat(wb.createDataFormat().getFormat(format(column)));
            return s;
        });
    }

    private static String format(Column column) {
        return switch (column.type()) {
            case INTEGER -> "#,##0";
            case DECIMAL, PERCENT ->
                    column.effectiveScale() == 0 ? "#,##0" : "#,##0." + "0".repeat(column.effectiveScale());
            case DATE -> "dd/mm/yyyy";
            case TEXT -> "@";
            case BOOLEAN -> "General";
        };
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
