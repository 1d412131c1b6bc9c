package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The very hidden sheet ({@value #MAPPING_SHEET}) that maps every input cell of the workbook to its table, row key and
 * column: written by {@link SubmissionWorkbook} as {@link Lines}, read back by {@link WorkbookReader} with {@link #of}.
 * Its first line names the format and whose report it is.
 */
record WorkbookMapping(long campaignId, String unitCode, long version, Map<String, MappedTable> tables) {

    public static final String MAPPING_SHEET = "_tonghop";
    static final String MARKER = "tonghop-workbook";
    static final String FORMAT = "1";
    /** The mapping sheet holds one line per table, column and row: a few hundred in practice. */
    static final int MAPPING_MAX_ROWS = 50_000;

    /** One table's sheet: column index → column code, row number (1-based) → row key. */
    record MappedTable(String sheet, String code, Map<Integer, String> columns, Map<Integer, String> rows) {
    }

    /** The lines of the mapping sheet, added while the table sheets are written. */
    static final class Lines {
        private final List<List<String>> lines = new ArrayList<>();

        Lines(SubmissionWorkbook.Meta meta) {
            lines.add(List.of(MARKER, FORMAT, String.valueOf(meta.campaignId()), meta.unitCode(),
                    String.valueOf(meta.version())));
        }

        void table(String sheet, String code) {
            lines.add(List.of("table", sheet, code));
        }

        /** {@code rowNumber} is 1-based, as Excel shows it. */
        void row(String sheet, int rowNumber, String key) {
            lines.add(List.of("row", sheet, String.valueOf(rowNumber), key));
        }

        void column(String sheet, String letters, String code) {
            lines.add(List.of("column", sheet, letters, code));
        }

        void writeTo(XSSFWorkbook wb) {
            XSSFSheet sheet = wb.createSheet(MAPPING_SHEET);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = lines.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            if (lines.size() > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
                throw new IllegalStateException("mapping too large");
            }
            sheet.protectSheet(SubmissionWorkbook.PASSWORD);
            wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        }
    }

    /** The mapping as read from the sheet's cells, or null when it is not a mapping sheet of this format. */
    static WorkbookMapping of(SheetCells cells, ReadOnlySharedStringsTable strings) {
        Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        cells.cells.forEach((ref, raw) -> {
            CellReference r = new CellReference(ref);
            List<String> row = rows.computeIfAbsent(r.getRow(), k -> new ArrayList<>());
            while (row.size() <= r.getCol()) {
                row.add("");
            }
            Object v = raw.value(strings);
            row.set(r.getCol(),
                    v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v == null ? "" : v.toString());
        });
        List<String> head = rows.getOrDefault(0, List.of());
        if (head.size() < 5 || !MARKER.equals(head.get(0)) || !FORMAT.equals(head.get(1))) {
            return null;
        }
        Map<String, MappedTable> tables = new LinkedHashMap<>();
        try {
            for (List<String> row : rows.values()) {
                if (row.isEmpty()) {
                    continue;
                }
                switch (row.get(0)) {
                    case "table" -> tables.put(row.get(1),
                            new MappedTable(row.get(1), row.get(2), new java.util.TreeMap<>(), new LinkedHashMap<>()));
                    case "column" -> tables.get(row.get(1)).columns()
                            .put(CellReference.convertColStringToIndex(row.get(2)), row.get(3));
                    case "row" -> tables.get(row.get(1)).rows().put(Integer.parseInt(row.get(2)),
                            row.size() > 3 ? row.get(3) : "");
                    default -> {
                        // the header line, or something added by hand: ignored
                    }
                }
            }
            return new WorkbookMapping(Long.parseLong(head.get(2)), head.get(3), Long.parseLong(head.get(4)), tables);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
