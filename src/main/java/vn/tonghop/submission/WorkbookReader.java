package vn.tonghop.submission;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
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
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * Reads a workbook written by {@link SubmissionWorkbook} back into table rows, distrusting it: the file must be an XLSX
 * of bounded size that unpacks within bounds ({@link ZipGuard}), has no external links, a bounded number of sheets and
 * rows, and the mapping sheet of this very report. Sheets are streamed with SAX (POI's hardened XML reader), so memory
 * stays bounded; only mapped input cells are read. Cells holding formulas count with their cached result: user formulas
 * are never evaluated.
 * <p>
 * File-level refusals are thrown as {@link PortalException} (413 or 422); cell problems are collected, all of them, and
 * name the sheet and the cell ("Phụ lục II, ô E7: 'mười' không phải là số nguyên.").
 */
final class WorkbookReader {

    /** The mapping sheet holds one line per table, column and row: a few hundred in practice. */
    static final int MAPPING_MAX_ROWS = 50_000;

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

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
        Mapping mapping = null;
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        int count = 0;
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                if (++count > config.maxSheets()) {
                    throw PortalException.invalid(msg.wbTooManySheets(config.maxSheets()));
                }
                if (SubmissionWorkbook.MAPPING_SHEET.equals(sheets.getSheetName())) {
                    SheetCells all = new SheetCells(sheets.getSheetName(), null, null, MAPPING_MAX_ROWS);
                    parse(in, all);
                    mapping = Mapping.of(all, strings);
                }
            }
        }
        if (mapping == null) {
            throw PortalException.invalid(msg.wbNotOurs());
        }
        if (mapping.campaignId() != expected.campaignId() || !mapping.unitCode().equals(expected.unitCode())) {
            throw PortalException.invalid(msg.wbOtherReport(String.valueOf(mapping.campaignId()), mapping.unitCode()));
        }
        for (MappedTable t : mapping.tables().values()) {
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
        return convert(mapping, wanted, expected.outline(), new Values(strings, styles, date1904));
    }

    private void parse(InputStream in, SheetCells cells) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(cells);
            xml.parse(new InputSource(in));
        } catch (TooManyRows e) {
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
                    if ("workbookPr".equals(local(localName, qName))) {
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

    private Result convert(Mapping mapping, Map<String, SheetCells> sheets, OutlineTemplate outline, Values values) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Place> places = new HashMap<>();
        Map<String, TableContent> tables = new LinkedHashMap<>();
        for (MappedTable t : mapping.tables().values()) {
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
                    Raw raw = cells.cells.get(ref);
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

    /** Converts cached cell values to the column's type. */
    private record Values(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {

        Object convert(Raw raw, Column column, String sheet, String ref, SubmissionMessages msg, List<Problem> problems,
                String table, String row) {
            if (raw == null) {
                return null;
            }
            Object v;
            try {
                v = raw.value(strings);
            } catch (RuntimeException e) {
                v = "";
            }
            if (v instanceof ErrorValue e) {
                problems.add(new Problem(table, row, column.code(), msg.wbCellError(sheet, ref, e.code())));
                return null;
            }
            if (v instanceof NoCachedValue) {
                problems.add(new Problem(table, row, column.code(), msg.wbNoCachedValue(sheet, ref)));
                return null;
            }
            if (v == null || (v instanceof String s && s.isBlank())) {
                return null;
            }
            Object out = switch (column.type()) {
                case INTEGER, DECIMAL, PERCENT -> number(v, column, raw);
                case DATE -> date(v);
                case BOOLEAN -> bool(v);
                case TEXT -> v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : v instanceof Boolean b ? (b ? SubmissionWorkbook.YES : SubmissionWorkbook.NO) : v.toString();
            };
            if (out == null) {
                String shown = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
                problems.add(new Problem(table, row, column.code(), msg.wbNotType(sheet, ref,
                        shown.length() > 60 ? shown.substring(0, 60) + "…" : shown, msg.typeName(column.type()))));
            }
            return out;
        }

        private Object number(Object v, Column column, Raw raw) {
            BigDecimal d;
            if (v instanceof BigDecimal b) {
                d = b;
            } else if (v instanceof String s) {
                try {
                    d = new BigDecimal(s.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            } else {
                return null;
            }
            // Typing "80%" in Excel stores 0.8 with a percent format; the portal keeps percentages as 0..100.
            if (column.type() == ColumnType.PERCENT && raw.style() != null && isPercentFormat(raw.style())) {
                d = d.movePointRight(2);
            }
            // Writers store 12 as "12.0"; keep the number as typed.
            d = d.stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        }

        private boolean isPercentFormat(String style) {
            try {
                String format = styles.getStyleAt(Integer.parseInt(style)).getDataFormatString();
                return format != null && format.contains("%");
            } catch (RuntimeException e) {
                return false;
            }
        }

        private Object date(Object v) {
            if (v instanceof BigDecimal d) {
                double serial = d.doubleValue();
                if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
                    return null;
                }
                return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString();
            }
            if (v instanceof String s) {
                for (DateTimeFormatter f : DATES) {
                    try {
                        return LocalDate.parse(s.strip(), f).toString();
                    } catch (DateTimeParseException e) {
                        // try the next spelling
                    }
                }
            }
            return null;
        }

        private static Object bool(Object v) {
            if (v instanceof Boolean b) {
                return b;
            }
            String s = v.toString().strip().toLowerCase(Locale.forLanguageTag("vi"));
            return switch (s) {
                case "có", "co", "x", "true", "yes", "1" -> Boolean.TRUE;
                case "không", "khong", "false", "no", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
    }

    // ---- the mapping sheet ----

    private record MappedTable(String sheet, String code, Map<Integer, String> columns, Map<Integer, String> rows) {
    }

    private record Mapping(long campaignId, String unitCode, long version, Map<String, MappedTable> tables) {

        static Mapping of(SheetCells cells, ReadOnlySharedStringsTable strings) {
            Map<Integer, List<String>> rows = new java.util.TreeMap<>();
            cells.cells.forEach((ref, raw) -> {
                CellReference r = new CellReference(ref);
                List<String> row = rows.computeIfAbsent(r.getRow(), k -> new ArrayList<>());
                while (row.size() <= r.getCol()) {
                    row.add("");
                }
                Object v = raw.value(strings);
                row.set(r.getCol(), v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : v == null ? "" : v.toString());
            });
            List<String> head = rows.getOrDefault(0, List.of());
            if (head.size() < 5 || !SubmissionWorkbook.MARKER.equals(head.get(0))
                    || !SubmissionWorkbook.FORMAT.equals(head.get(1))) {
                return null;
            }
            Map<String, MappedTable> tables = new LinkedHashMap<>();
            try {
                for (List<String> row : rows.values()) {
                    if (row.isEmpty()) {
                        continue;
                    }
                    switch (row.get(0)) {
                        case "table" -> tables.put(row.get(1), new MappedTable(row.get(1), row.get(2),
                                new java.util.TreeMap<>(), new LinkedHashMap<>()));
                        case "column" -> tables.get(row.get(1)).columns()
                                .put(CellReference.convertColStringToIndex(row.get(2)), row.get(3));
                        case "row" -> tables.get(row.get(1)).rows().put(Integer.parseInt(row.get(2)),
                                row.size() > 3 ? row.get(3) : "");
                        default -> {
                            // the header line, or something added by hand: ignored
                        }
                    }
                }
                return new Mapping(Long.parseLong(head.get(2)), head.get(3), Long.parseLong(head.get(4)), tables);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    // ---- streaming one sheet ----

    private record ErrorValue(String code) {
    }

    private record NoCachedValue() {
    }

    /** A cell as stored: its type attribute, style, cached value and inline text. */
    private record Raw(String type, String style, String value, String inline, boolean formula) {

        Object value(ReadOnlySharedStringsTable strings) {
            String t = type == null ? "n" : type;
            if (formula && value == null && !"inlineStr".equals(t)) {
                return new NoCachedValue();
            }
            return switch (t) {
                case "s" -> value == null ? null : strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "inlineStr" -> inline;
                case "str", "d" -> value;
                case "b" -> value == null ? null : "1".equals(value.strip()) || "true".equals(value.strip());
                case "e" -> new ErrorValue(value == null ? "#N/A" : value.strip());
                default -> {
                    if (value == null || value.isBlank()) {
                        yield null;
                    }
                    try {
                        yield new BigDecimal(value.strip());
                    } catch (NumberFormatException e) {
                        yield value;
                    }
                }
            };
        }
    }

    private static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    /** Collects the wanted cells of one sheet (all cells when {@code rows} is null) and counts its rows. */
    private static final class SheetCells extends DefaultHandler {
        final String sheet;
        final Set<Integer> rows;
        final Set<Integer> columns;
        final int maxRows;
        final Map<String, Raw> cells = new HashMap<>();
        boolean seen;

        private int rowCount;
        private int rowNumber;
        private int colIndex;
        private String ref;
        private String type;
        private String style;
        private boolean formula;
        private StringBuilder value;
        private StringBuilder inline;
        private boolean inValue;
        private boolean inInline;
        private boolean inText;

        SheetCells(String sheet, Set<Integer> rows, Set<Integer> columns, int maxRows) {
            this.sheet = sheet;
            this.rows = rows;
            this.columns = columns;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (local(localName, qName)) {
                case "row" -> {
                    if (++rowCount > maxRows) {
                        throw new TooManyRows();
                    }
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    colIndex = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    if (r != null) {
                        CellReference cr = new CellReference(r);
                        colIndex = cr.getCol();
                    } else {
                        colIndex++;
                    }
                    ref = CellReference.convertNumToColString(colIndex) + rowNumber;
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    formula = false;
                    value = null;
                    inline = null;
                }
                case "v" -> {
                    inValue = true;
                    value = new StringBuilder();
                }
                case "f" -> formula = true;
                case "is" -> {
                    inInline = true;
                    inline = new StringBuilder();
                }
                case "t" -> inText = inInline;
                default -> {
                    // other elements (merge cells, validations, formatting) are not needed
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && value.length() < 40_000) {
                value.append(ch, start, length);
            } else if (inText && inline.length() < 40_000) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "t" -> inText = false;
                case "c" -> {
                    if (rows == null && cells.size() >= 4 * MAPPING_MAX_ROWS) {
                        return;
                    }
                    if (rows == null || (rows.contains(rowNumber) && columns.contains(colIndex))) {
                        cells.put(ref, new Raw(type, style, value == null ? null : value.toString(),
                                inline == null ? null : inline.toString(), formula));
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
