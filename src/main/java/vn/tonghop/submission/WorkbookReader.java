package vn.tonghop.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.tonghop.attachment.ZipGuard;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * Reads a workbook written by {@link SubmissionWorkbook} back into table rows, distrusting it: the file must be an XLSX
 * of bounded size that unpacks within bounds ({@link ZipGuard}), has no external links, a bounded number of sheets and
 * rows, and the mapping sheet ({@link WorkbookMapping}) of this very report. Sheets are streamed with SAX
 * ({@link SheetCells}), so memory stays bounded; only mapped input cells are read and converted
 * ({@link WorkbookValues}). Cells holding formulas count with their cached result: user formulas are never evaluated.
 * <p>
 * File-level refusals are thrown as {@link PortalException} (413 or 422); cell problems are collected, all of them, and
 * name the sheet and the cell ("Phụ lục II, ô E7: 'mười' không phải là số nguyên.").
 */
final class WorkbookReader {

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    /** A cell (or row, when {@code cell} is null) of the workbook, for messages. */
    record Place(String sheet, String cell, int row) {
    }

    /** A value that cannot be stored, with its place already in the message. */
    record Problem(String table, String row, String column, String message) {
    }

    /**
     * @param content
     *            the tables as typed (a table present here replaces the stored one)
     * @param version
     *            the report version the workbook was downloaded at
     * @param places
     *            "table/row/column" and "table/row" → where it is in the workbook
     */
    record Result(SubmissionContent content, long version, List<Problem> problems, Map<String, Place> places) {
    }

    record Expected(long campaignId, String unitCode, OutlineTemplate outline) {
    }

    private final WorkbookConfig config;
    private final SubmissionMessages msg;

    WorkbookReader(WorkbookConfig config, SubmissionMessages msg) {
        this.config = config;
        this.msg = msg;
    }

    Result read(Path file, Expected expected) {
        checkContainer(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            try {
                return read(pkg, expected);
            } finally {
                pkg.revert();
            }
        } catch (PortalException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw PortalException.invalid(msg.wbUnreadable());
        }
    }

    /** Before POI parses anything: size, magic bytes, and what the archive really unpacks to. */
    private void checkContainer(Path file) {
        try {
            long size = Files.size(file);
            long max = config.maxSize().asLongValue();
            if (size > max) {
                throw new PortalException(413, List.of(msg.wbTooLarge(vn.tonghop.attachment.Sizes.human(max))));
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 4) < 4) {
                    throw PortalException.invalid(msg.wbNotWorkbook());
                }
            }
            if (java.util.Arrays.equals(head, OLE2)) {
                throw PortalException.invalid(msg.wbLegacyXls());
            }
            if (!java.util.Arrays.equals(head, ZIP)) {
                throw PortalException.invalid(msg.wbNotWorkbook());
            }
            long unpacked = config.maxUnpackedSize().asLongValue();
            List<String> entries;
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                entries = ZipGuard.inspect(channel, new ZipGuard.Limits(1000, unpacked, unpacked, 0.01));
            }
            if (!entries.contains("[Content_Types].xml") || entries.stream().noneMatch(e -> e.startsWith("xl/"))) {
                throw PortalException.invalid(msg.wbNotWorkbook());
            }
        } catch (ZipGuard.UnsafeZipException e) {
            throw PortalException.invalid(switch (e.problem()) {
                case BOMB -> msg.wbZipBomb();
                case NOT_ZIP -> msg.wbNotWorkbook();
                case UNSUPPORTED -> msg.wbUnreadable();
            });
        } catch (IOException e) {
            throw PortalException.invalid(msg.wbUnreadable());
        }
    }

    private Result read(OPCPackage pkg, Expected expected) throws IOException, OpenXML4JException, SAXException {
        if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType()).isEmpty()) {
            throw PortalException.invalid(msg.wbExternalLinks());
        }
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = date1904(reader);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();

        Map<String, SheetCells> wanted = new LinkedHashMap<>();
        WorkbookMapping mapping = null;
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        int count = 0;
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                if (++count > config.maxSheets()) {
                    throw PortalException.invalid(msg.wbTooManySheets(config.maxSheets()));
                }
                if (WorkbookMapping.MAPPING_SHEET.equals(sheets.getSheetName())) {
                    SheetCells all = new SheetCells(sheets.getSheetName(), null, null,
                            WorkbookMapping.MAPPING_MAX_ROWS);
                    parse(in, all);
                    mapping = WorkbookMapping.of(all, strings);
                }
            }
        }
        if (mapping == null) {
            throw PortalException.invalid(msg.wbNotOurs());
        }
        if (mapping.campaignId() != expected.campaignId() || !mapping.unitCode().equals(expected.unitCode())) {
            throw PortalException.invalid(msg.wbOtherReport(String.valueOf(mapping.campaignId()), mapping.unitCode()));
        }
        for (WorkbookMapping.MappedTable t : mapping.tables().values()) {
            if (expected.outline().table(t.code()).isEmpty()) {
                throw PortalException.invalid(msg.wbNotOurs());
            }
            wanted.put(t.sheet(), new SheetCells(t.sheet(), new TreeSet<>(t.rows().keySet()),
                    new TreeSet<>(t.columns().keySet()), config.maxRowsPerSheet()));
        }
        sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                SheetCells cells = wanted.get(sheets.getSheetName());
                if (cells != null) {
                    parse(in, cells);
                    cells.seen = true;
                }
            }
        }
        for (SheetCells cells : wanted.values()) {
            if (!cells.seen) {
                throw PortalException.invalid(msg.wbSheetMissing(cells.sheet));
            }
        }
        return convert(mapping, wanted, expected.outline(), new WorkbookValues(strings, styles, date1904));
    }

    private void parse(InputStream in, SheetCells cells) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(cells);
            xml.parse(new InputSource(in));
        } catch (SheetCells.TooManyRows e) {
            throw PortalException.invalid(msg.wbTooManyRows(cells.sheet, cells.maxRows));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] found = { false };
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(SheetCells.local(localName, qName))) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return found[0];
    }

    // ---- turning cells into rows ----

    private Result convert(WorkbookMapping mapping, Map<String, SheetCells> sheets, OutlineTemplate outline,
            WorkbookValues values) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Place> places = new HashMap<>();
        Map<String, TableContent> tables = new LinkedHashMap<>();
        for (WorkbookMapping.MappedTable t : mapping.tables().values()) {
            TableDef table = outline.table(t.code()).orElseThrow();
            SheetCells cells = sheets.get(t.sheet());
            List<RowContent> rows = new ArrayList<>();
            int free = 0;
            for (Map.Entry<Integer, String> row : t.rows().entrySet()) {
                int rowNumber = row.getKey();
                Map<String, Object> typed = new LinkedHashMap<>();
                Map<String, String> refs = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> col : t.columns().entrySet()) {
                    Column column = table.column(col.getValue()).orElse(null);
                    if (column == null) {
                        throw PortalException.invalid(msg.wbNotOurs());
                    }
                    if (column.isComputed()) {
                        continue;
                    }
                    String ref = CellReference.convertNumToColString(col.getKey()) + rowNumber;
                    refs.put(column.code(), ref);
                    SheetCells.Raw raw = cells.cells.get(ref);
                    Object value = values.convert(raw, column, t.sheet(), ref, msg, problems, t.code(), row.getValue());
                    if (value != null) {
                        typed.put(column.code(), value); // the table is replaced whole: a missing cell is cleared
                    }
                }
                if (typed.isEmpty()) {
                    continue;
                }
                String key = row.getValue();
                if (table.rowModel() == RowModel.FREE) {
                    key = String.valueOf(++free);
                }
                String rowKey = key;
                places.put(t.code() + "/" + rowKey, new Place(t.sheet(), null, rowNumber));
                refs.forEach((code, ref) -> places.put(t.code() + "/" + rowKey + "/" + code,
                        new Place(t.sheet(), ref, rowNumber)));
                rows.add(new RowContent(table.rowModel() == RowModel.FREE ? null : key, typed));
            }
            tables.put(t.code(), new TableContent(rows));
        }
        return new Result(new SubmissionContent(null, tables, null), mapping.version(), problems, places);
    }
}
