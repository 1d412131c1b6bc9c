package vn.tonghop.export.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.tonghop.export.AnnexValues;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.HeaderCell;

/**
 * An annex: "PHỤ LỤC II" bold and centred, its title in bold, the "(Kèm theo …)" note in italics, then the table. The
 * grouped header is merged across (gridSpan) and down (vMerge) as {@link HeaderCell}s say and repeats on every page;
 * group, heading and total rows are bold; numbers are right-aligned and printed the Vietnamese way.
 * <p>
 * Rows are written straight into the table's XML, one element after the other, so a table of ten thousand rows costs
 * time in proportion to its size.
 */
public final class AnnexWriter {

    /** Left indent of a row label per depth level. */
    private static final int DEPTH_INDENT = 200;

    public void write(XWPFDocument doc, Annex annex, int width) {
        XWPFParagraph heading = Docx.centred(doc.createParagraph());
        Docx.run(heading, HeaderBlockWriter.upper(annex.heading()), 14, true, false);
        if (HeaderBlockWriter.notBlank(annex.title())) {
            Docx.run(Docx.centred(doc.createParagraph()), annex.title().trim(), 14, true, false);
        }
        if (HeaderBlockWriter.notBlank(annex.note())) {
            Docx.run(Docx.centred(doc.createParagraph()), annex.note().trim(), 14, false, true);
        }
        XWPFParagraph gap = doc.createParagraph();
        Docx.spacing(gap, 0, 120, 240);
        if (annex.table() != null) {
            table(doc, annex.table(), width);
            if (HeaderBlockWriter.notBlank(annex.table().footnote())) {
                XWPFParagraph note = doc.createParagraph();
                Docx.spacing(note, 120, 0, 240);
                Docx.run(note, annex.table().footnote().trim(), 12, false, true);
            }
        }
    }

    private void table(XWPFDocument doc, AnnexTable table, int width) {
        int[] widths = widths(table, width);
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        Docx.grid(t);
        Docx.layout(t, widths);
        CTTbl ct = t.getCTTbl();
        header(ct, table.headerRows(), widths);
        AnnexValues values = new AnnexValues();
        Map<ColumnSpec, String> styles = new HashMap<>();
        for (ColumnSpec c : table.columns()) {
            styles.put(c, styleOf(c.type()));
        }
        for (AnnexRow row : table.rows()) {
            body(ct.addNewTr(), row, table.columns(), values, styles);
        }
    }

    private static void header(CTTbl ct, List<List<HeaderCell>> rows, int[] widths) {
        int columns = widths.length;
        int[] remaining = new int[columns];
        int[] span = new int[columns];
        for (List<HeaderCell> cells : rows) {
            CTRow tr = ct.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            trPr.addNewTblHeader();
            Map<Integer, HeaderCell> starts = new HashMap<>();
            for (HeaderCell h : cells) {
                starts.put(h.firstColumn(), h);
            }
            int c = 0;
            while (c < columns) {
                HeaderCell h = starts.get(c);
                if (h != null) {
                    int colSpan = Math.max(1, Math.min(h.colSpan(), columns - c));
                    CTTc tc = headerCell(tr, widths, c, colSpan);
                    if (h.rowSpan() > 1) {
                        tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        remaining[c] = h.rowSpan() - 1;
                        span[c] = colSpan;
                    }
                    text(tc.addNewP(), DocxStyles.CELL_HEADER, h.text(), false);
                    c += colSpan;
                } else if (remaining[c] > 0) {
                    CTTc tc = headerCell(tr, widths, c, span[c]);
                    tc.getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    tc.addNewP();
                    remaining[c]--;
                    c += span[c];
                } else {
                    headerCell(tr, widths, c, 1).addNewP();
                    c++;
                }
            }
        }
    }

    private static CTTc headerCell(CTRow tr, int[] widths, int column, int colSpan) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int w = 0;
        for (int i = column; i < column + colSpan && i < widths.length; i++) {
            w += widths[i];
        }
        CTTblWidth tw = pr.addNewTcW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(w));
        if (colSpan > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(colSpan));
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        return tc;
    }

    private static void body(CTRow tr, AnnexRow row, List<ColumnSpec> columns, AnnexValues values,
            Map<ColumnSpec, String> styles) {
        boolean bold = row.isBold();
        text(tr.addNewTc().addNewP(), DocxStyles.CELL_CENTRE, row.ordinal(), bold);
        CTP label = tr.addNewTc().addNewP();
        CTPPr pPr = label.addNewPPr();
        pPr.addNewPStyle().setVal(DocxStyles.CELL);
        if (row.depth() > 0) {
            pPr.addNewInd().setLeft(BigInteger.valueOf((long) row.depth() * DEPTH_INDENT));
        }
        run(label, row.label(), bold, false);
        if (row.note() != null && !row.note().isBlank()) {
            run(label, (row.label() == null || row.label().isBlank() ? "(" : " (") + row.note().trim() + ")", false,
                    true);
        }
        List<Object> cells = row.values();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            Object value = i < cells.size() ? cells.get(i) : null;
            text(tr.addNewTc().addNewP(), styles.get(column), values.print(value, column), bold);
        }
    }

    private static void text(CTP p, String style, String text, boolean bold) {
        p.addNewPPr().addNewPStyle().setVal(style);
        run(p, text, bold, false);
    }

    private static void run(CTP p, String text, boolean bold, boolean italic) {
        if (text == null || text.isEmpty()) {
            return;
        }
        CTR r = p.addNewR();
        if (bold || italic) {
            CTRPr rPr = r.addNewRPr();
            if (bold) {
                rPr.addNewB();
            }
            if (italic) {
                rPr.addNewI();
            }
        }
        CTText t = r.addNewT();
        t.setStringValue(text);
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static String styleOf(ColumnType type) {
        if (type == null) {
            return DocxStyles.CELL;
        }
        return switch (type) {
            case INTEGER, DECIMAL, PERCENT -> DocxStyles.CELL_NUMBER;
            case DATE, BOOLEAN -> DocxStyles.CELL_CENTRE;
            case TEXT -> DocxStyles.CELL;
        };
    }

    /** STT narrow, the label wide, the rest shared by weight (text columns wider than numbers). */
    static int[] widths(AnnexTable table, int width) {
        List<ColumnSpec> columns = table.columns();
        int stt = Docx.mm(12);
        double share = columns.size() <= 4 ? 0.35 : columns.size() <= 8 ? 0.25 : 0.18;
        int label = Math.max(Docx.mm(40), (int) (width * share));
        int rest = Math.max(0, width - stt - label);
        double total = 0;
        double[] weight = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            weight[i] = type == ColumnType.TEXT ? 1.6 : type == ColumnType.DATE ? 1.2 : 1.0;
            total += weight[i];
        }
        int[] widths = new int[columns.size() + 2];
        widths[0] = stt;
        widths[1] = columns.isEmpty() ? width - stt : label;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 2] = (int) (rest * weight[i] / total);
        }
        return widths;
    }
}
