package vn.tonghop.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The unit file, CSV (UTF-8) or Excel: a header row {@code code,name,kind,parentCode,validFrom,validTo}, then one unit
 * per row, dates as dd/MM/yyyy. Reading only turns bytes into text rows; what the rows mean is checked by
 * {@link UnitImportService}. Export and import share this class so that a downloaded file imports as it is.
 */
final class UnitFileFormat {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode", "validFrom", "validTo");
    static final List<String> REQUIRED = List.of("code", "name");
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv";
    /** dd/MM/yyyy; also accepts 1/7/2025 as typed in spreadsheets. */
    static final DateTimeFormatter DATE_IN = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final char BOM = '\uFEFF';

    private UnitFileFormat() {
    }

    /** The file is not CSV or Excel at all. */
    static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause);
        }

        UnreadableException() {
            super();
        }
    }

    /** The first row is not the expected header. */
    static final class BadHeaderException extends Exception {
        final List<String> missing;
        final List<String> unknown;

        BadHeaderException(List<String> missing, List<String> unknown) {
            this.missing = missing;
            this.unknown = unknown;
        }
    }

    static List<UnitFileRow> read(byte[] data) throws UnreadableException, BadHeaderException {
        if (isZip(data) || isOle2(data)) {
            return readWorkbook(data);
        }
        return readCsv(data);
    }

    private static boolean isZip(byte[] d) {
        return d.length >= 4 && d[0] == 'P' && d[1] == 'K' && d[2] == 3 && d[3] == 4;
    }

    private static boolean isOle2(byte[] d) {
        return d.length >= 4 && (d[0] & 0xff) == 0xD0 && (d[1] & 0xff) == 0xCF && (d[2] & 0xff) == 0x11
                && (d[3] & 0xff) == 0xE0;
    }

    private static List<UnitFileRow> readCsv(byte[] data) throws UnreadableException, BadHeaderException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException(e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException();
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Excel in a Vietnamese locale saves "CSV" with semicolons
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true)
                .get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // the iterator reads ahead in hasNext(): take the line number before it
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord record = it.next();
                records.add(record.toList());
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException(e);
        }
        return toRows(records, lines);
    }

    private static List<UnitFileRow> readWorkbook(byte[] data) throws UnreadableException, BadHeaderException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableException();
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
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(e);
        }
        return toRows(records, lines);
    }

    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DATE_OUT);
        }
        return formatter.formatCellValue(cell, evaluator).trim();
    }

    /** Maps the header to columns and the records to rows, leaving out blank rows. */
    private static List<UnitFileRow> toRows(List<List<String>> records, List<Integer> lines) throws BadHeaderException {
        int first = 0;
        while (first < records.size() && isBlank(records.get(first))) {
            first++;
        }
        if (first == records.size()) {
            return List.of();
        }
        Map<String, Integer> index = header(records.get(first));
        List<UnitFileRow> rows = new ArrayList<>();
        for (int i = first + 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (isBlank(r)) {
                continue;
            }
            rows.add(new UnitFileRow(lines.get(i), cell(r, index, "code"), cell(r, index, "name"),
                    cell(r, index, "kind"), cell(r, index, "parentCode"), cell(r, index, "validFrom"),
                    cell(r, index, "validTo")));
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> cells) throws BadHeaderException {
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
            String column = canonical(name);
            if (column == null) {
                unknown.add(name);
            } else {
                index.putIfAbsent(column, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new BadHeaderException(missing, unknown);
        }
        return index;
    }

    private static String canonical(String name) {
        return COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String cell(List<String> record, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= record.size() || record.get(i) == null ? "" : record.get(i).trim();
    }

    private static boolean isBlank(List<String> record) {
        return record.stream().allMatch(c -> c == null || c.isBlank());
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DATE_OUT);
    }

    /** CSV with a byte order mark, so that Excel opens the Vietnamese text as UTF-8. */
    static byte[] writeCsv(List<UnitFileRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write(BOM);
            printer.printRecord(COLUMNS);
            for (UnitFileRow r : rows) {
                printer.printRecord(r.code(), r.name(), r.kind(), r.parentCode(), r.validFrom(), r.validTo());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** First sheet: the header in bold, codes as text (leading zeros kept), dates as real dates. */
    static byte[] writeXlsx(List<UnitFileRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("units");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (UnitFileRow row : rows) {
                Row x = sheet.createRow(r++);
                List<String> texts = Arrays.asList(row.code(), row.name(), row.kind(), row.parentCode());
                for (int c = 0; c < texts.size(); c++) {
                    x.createCell(c).setCellValue(texts.get(c));
                }
                dateCell(x, 4, row.validFrom(), dateStyle);
                dateCell(x, 5, row.validTo(), dateStyle);
            }
            // fixed widths: autoSizeColumn needs desktop fonts a server may not have
            int[] widths = { 14, 48, 14, 14, 12, 12 };
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dateCell(Row row, int column, String text, CellStyle style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDate.parse(text, DATE_IN));
        cell.setCellStyle(style);
    }
}
