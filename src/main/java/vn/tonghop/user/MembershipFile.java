package vn.tonghop.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The membership file, CSV (UTF-8) or Excel: a header row {@code username,displayName,unitCode,role}, then one person
 * per row. Reading only turns bytes into text rows; {@link MembershipImportService} checks what they mean.
 */
final class MembershipFile {

    static final List<String> COLUMNS = List.of("username", "displayName", "unitCode", "role");
    static final List<String> REQUIRED = List.of("username", "unitCode", "role");
    private static final char BOM = '\uFEFF';

    /** One data row as written; {@code line} is its line in the file (the header is line 1). */
    record Line(int line, String username, String displayName, String unitCode, String role) {
    }

    static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause);
        }
    }

    static final class BadHeaderException extends Exception {
        final List<String> missing;
        final List<String> unknown;

        BadHeaderException(List<String> missing, List<String> unknown) {
            this.missing = missing;
            this.unknown = unknown;
        }
    }

    private MembershipFile() {
    }

    static List<Line> read(byte[] data) throws UnreadableException, BadHeaderException {
        boolean zip = data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
        boolean ole2 = data.length >= 4 && (data[0] & 0xff) == 0xD0 && (data[1] & 0xff) == 0xCF;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (zip || ole2) {
            readWorkbook(data, records, lines);
        } else {
            readCsv(data, records, lines);
        }
        return toLines(records, lines);
    }

    private static void readCsv(byte[] data, List<List<String>> records, List<Integer> lines)
            throws UnreadableException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException(e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException(null);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Excel in a Vietnamese locale saves "CSV" with semicolons
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
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
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException(e);
        }
    }

    private static void readWorkbook(byte[] data, List<List<String>> records, List<Integer> lines)
            throws UnreadableException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).trim());
                }
                records.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(e);
        }
    }

    private static List<Line> toLines(List<List<String>> records, List<Integer> lines) throws BadHeaderException {
        int first = 0;
        while (first < records.size() && blank(records.get(first))) {
            first++;
        }
        if (first == records.size()) {
            return List.of();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> header = records.get(first);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (name.isEmpty()) {
                continue;
            }
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
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
        List<Line> out = new ArrayList<>();
        for (int i = first + 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (!blank(r)) {
                out.add(new Line(lines.get(i), cell(r, index, "username"), cell(r, index, "displayName"),
                        cell(r, index, "unitCode"), cell(r, index, "role")));
            }
        }
        return out;
    }

    private static String cell(List<String> record, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= record.size() || record.get(i) == null ? "" : record.get(i).trim();
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(c -> c == null || c.isBlank());
    }
}
