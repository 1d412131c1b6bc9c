package vn.tonghop.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.tonghop.platform.i18n.AppMessages;

/**
 * A list officials keep in a spreadsheet, as a file to import: CSV (UTF-8, commas, or semicolons as Excel writes them
 * in a Vietnamese locale) or Excel's first sheet, a header row naming the columns in any order, then one record per
 * row. Reading only turns bytes into text by column, with each record's line in the file; the importer checks what the
 * text means. The units and the memberships are imported through it.
 */
public final class TabularFile {

    /** Dates in Excel cells are read as a person types them: dd/MM/yyyy. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final char BOM = '\uFEFF';

    /** One data row; {@code line} is its line in the file (the header is line 1 when it comes first). */
    public record Record(int line, Map<String, String> cells) {

        /** The cell of a column, trimmed; empty when the file has no such column or the row is short. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Why a file is refused whole, in the user's language; {@code unreadable} when it is not CSV or Excel at all. */
    public static final class RefusedException extends Exception {
        private final boolean unreadable;
        private final List<String> messages;

        RefusedException(boolean unreadable, List<String> messages) {
            super(String.join(" ", messages));
            this.unreadable = unreadable;
            this.messages = messages;
        }

        public boolean unreadable() {
            return unreadable;
        }

        public List<String> messages() {
            return messages;
        }
    }

    private TabularFile() {
    }

    /**
     * The records of a file with these columns (matched without regard to case) of which {@code required} must be in
     * the header; blank rows are left out. Refused: a file that is neither CSV nor Excel, a header with unknown or
     * missing columns, no record, or more than {@code maxRows}.
     */
    public static List<Record> read(byte[] data, List<String> columns, List<String> required, int maxRows,
            AppMessages m) throws RefusedException {
        byte[] bytes = data == null ? new byte[0] : data;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            if (isZip(bytes) || isOle2(bytes)) {
                readWorkbook(bytes, records, lines);
            } else {
                readCsv(bytes, records, lines);
            }
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(true, List.of(m.importUnreadable()));
        }
        int first = 0;
        while (first < records.size() && isBlank(records.get(first))) {
            first++;
        }
        if (first == records.size()) {
            throw new RefusedException(false, List.of(m.importEmpty()));
        }
        Map<String, Integer> index = header(records.get(first), lines.get(first), columns, required, m);
        List<Record> out = new ArrayList<>();
        for (int i = first + 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (isBlank(r)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            index.forEach(
                    (column, at) -> cells.put(column, at < r.size() && r.get(at) != null ? r.get(at).trim() : ""));
            out.add(new Record(lines.get(i), cells));
        }
        if (out.isEmpty()) {
            throw new RefusedException(false, List.of(m.importEmpty()));
        }
        if (out.size() > maxRows) {
            throw new RefusedException(false, List.of(m.importTooManyRows(maxRows)));
        }
        return out;
    }

    private static boolean isZip(byte[] d) {
        return d.length >= 4 && d[0] == 'P' && d[1] == 'K' && d[2] == 3 && d[3] == 4;
    }

    private static boolean isOle2(byte[] d) {
        return d.length >= 4 && (d[0] & 0xff) == 0xD0 && (d[1] & 0xff) == 0xCF && (d[2] & 0xff) == 0x11
                && (d[3] & 0xff) == 0xE0;
    }

    private static void readCsv(byte[] data, List<List<String>> records, List<Integer> lines) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IOException("binary content");
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // the iterator reads ahead in hasNext(): take the line number before it
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                records.add(it.next().toList());
                lines.add(line);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readWorkbook(byte[] data, List<List<String>> records, List<Integer> lines) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new IOException("no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(cellText(row.getCell(c), formatter, evaluator));
                }
                records.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
        }
        return formatter.formatCellValue(cell, evaluator).trim();
    }

    private static Map<String, Integer> header(List<String> cells, int line, List<String> columns,
            List<String> required, AppMessages m) throws RefusedException {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BOM) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                continue;
            }
            String typed = name;
            String column = columns.stream().filter(c -> c.equalsIgnoreCase(typed)).findFirst().orElse(null);
            if (column == null) {
                unknown.add(name);
            } else {
                index.putIfAbsent(column, i);
            }
        }
        List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new RefusedException(false, List.of(m.lineMessage(line, m.importBadHeader(String.join(", ", missing),
                    String.join(", ", unknown), String.join(",", columns)))));
        }
        return index;
    }

    private static boolean isBlank(List<String> record) {
        return record.stream().allMatch(c -> c == null || c.isBlank());
    }
}
