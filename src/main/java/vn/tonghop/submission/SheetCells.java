package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet's XML (SAX), collecting the wanted cells as stored (all cells when {@code rows} is null) and
 * counting its rows, so that memory stays bounded whatever the upload holds.
 */
final class SheetCells extends DefaultHandler {

    /** A cell holding an Excel error such as #DIV/0!. */
    record ErrorValue(String code) {
    }

    /** A formula cell saved without its result (a writer that does not calculate). */
    record NoCachedValue() {
    }

    /** A cell as stored: its type attribute, style, cached value and inline text. */
    record Raw(String type, String style, String value, String inline, boolean formula) {

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

    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

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
                if (rows == null && cells.size() >= 4 * WorkbookMapping.MAPPING_MAX_ROWS) {
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

    /** An element's name without its namespace prefix. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
