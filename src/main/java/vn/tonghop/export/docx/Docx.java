package vn.tonghop.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Measures of the Decree 30/2020 page and small helpers shared by the part writers. Lengths are in twips. */
public final class Docx {

    public static final String FONT = "Times New Roman";
    public static final int BODY_SIZE = 14;

    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    /** Distance of the page number from the top edge: inside the top margin. */
    static final int HEADER_DISTANCE = mm(10);
    static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;

    /** 1.27 cm. */
    static final int FIRST_LINE_INDENT = 720;
    /** 6 pt. */
    static final int PARAGRAPH_SPACING = 120;
    /** 1.15 lines (240 = single). */
    static final int LINE_SPACING = 276;

    private Docx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** A run of text; each '\n' becomes a line break inside the paragraph. */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0, 240);
        return p;
    }

    /** Body text: justified, first line indented 1.27 cm, 6 pt after, 1.15 lines. */
    static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        spacing(p, 0, PARAGRAPH_SPACING, LINE_SPACING);
        indent(p, 0, FIRST_LINE_INDENT);
        return p;
    }

    static void spacing(XWPFParagraph p, int before, int after, int line) {
        CTPPr pPr = pPr(p);
        CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
        s.setLine(BigInteger.valueOf(line));
        s.setLineRule(STLineSpacingRule.AUTO);
    }

    static void indent(XWPFParagraph p, int left, int firstLine) {
        CTPPr pPr = pPr(p);
        CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setFirstLine(BigInteger.valueOf(firstLine));
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /**
     * A short horizontal rule as officials draw it under the issuing body, the motto or a title: an empty paragraph
     * with a top border, narrowed by equal indents to {@code length} inside a container {@code width} wide.
     */
    static void rule(XWPFParagraph p, int length, int width) {
        int side = Math.max(0, (width - length) / 2);
        CTPPr pPr = pPr(p);
        CTBorder top = pPr.addNewPBdr().addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ZERO);
        top.setColor("000000");
        CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
        ind.setLeft(BigInteger.valueOf(side));
        ind.setRight(BigInteger.valueOf(side));
        spacing(p, 0, 0, 240);
        pPr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(8));
    }

    /** A table without any border. */
    static void borderless(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }

    /** A table with thin single borders everywhere. */
    static void grid(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    }

    /** Fixed layout with the given column widths; cells of existing rows get their width too. */
    static void layout(XWPFTable t, int... widths) {
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < t.getNumberOfRows(); r++) {
            for (int c = 0; c < widths.length && c < t.getRow(r).getTableCells().size(); c++) {
                width(t.getRow(r).getCell(c), widths[c]);
            }
        }
    }

    static void width(XWPFTableCell cell, int width) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
    }

    /** The first paragraph of a fresh cell, then new ones. */
    static XWPFParagraph next(XWPFTableCell cell) {
        if (cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                && !cell.getParagraphs().get(0).getCTP().isSetPPr()) {
            return cell.getParagraphs().get(0);
        }
        return cell.addParagraph();
    }
}
