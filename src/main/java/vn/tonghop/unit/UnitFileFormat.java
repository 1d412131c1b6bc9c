package vn.tonghop.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.platform.files.TabularFile;
import vn.tonghop.platform.i18n.AppMessages;

/**
 * The unit file, CSV (UTF-8) or Excel: a header row {@code code,name,kind,parentCode,validFrom,validTo}, then one unit
 * per row, dates as dd/MM/yyyy. Read with {@link TabularFile}; what the rows mean is checked by
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
    static final DateTimeFormatter DATE_OUT = TabularFile.DATE;
    private static final char BOM = '\uFEFF';

    private UnitFileFormat() {
    }

    /** The rows of an import file, or why it is refused whole (see {@link TabularFile#read}). */
    static List<UnitFileRow> read(byte[] data, int maxRows, AppMessages m) throws TabularFile.RefusedException {
        return TabularFile
                .read(data, COLUMNS, REQUIRED, maxRows, m).stream().map(r -> new UnitFileRow(r.line(), r.get("code"),
                        r.get("name"), r.get("kind"), r.get("parentCode"), r.get("validFrom"), r.get("validTo")))
                .toList();
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
