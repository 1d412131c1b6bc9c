package vn.tonghop.export.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.tonghop.export.AnnexValues;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.template.model.HeaderCell;

/**
 * Writes one annex table as CSV in UTF-8 with a byte order mark, so that Excel opens Vietnamese text right: a header
 * line of STT, the label header and the leaf column headers, then one line per row with numbers plain ("1315", "12.5").
 */
public final class CsvWriter {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    public byte[] write(AnnexTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(table, out);
        return out.toByteArray();
    }

    public void write(AnnexTable table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            List<String> header = new ArrayList<>();
            header.add("STT");
            header.add(labelHeader(table));
            for (ColumnSpec c : table.columns()) {
                header.add(c.header());
            }
            csv.printRecord(header);
            AnnexValues values = new AnnexValues();
            List<String> line = new ArrayList<>();
            for (AnnexRow row : table.rows()) {
                line.clear();
                line.add(row.ordinal() == null ? "" : row.ordinal());
                String label = row.label() == null ? "" : row.label();
                if (row.note() != null && !row.note().isBlank()) {
                    label = label.isBlank() ? "(" + row.note().trim() + ")" : label + " (" + row.note().trim() + ")";
                }
                line.add(label);
                for (int i = 0; i < table.columns().size(); i++) {
                    Object value = i < row.values().size() ? row.values().get(i) : null;
                    line.add(values.plain(value, table.columns().get(i)));
                }
                csv.printRecord(line);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String labelHeader(AnnexTable table) {
        for (List<HeaderCell> row : table.headerRows()) {
            for (HeaderCell h : row) {
                if (h.firstColumn() == 1) {
                    return h.text();
                }
            }
        }
        return "";
    }
}
