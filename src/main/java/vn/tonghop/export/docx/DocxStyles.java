package vn.tonghop.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Document defaults (Times New Roman 14, black, Vietnamese) and the paragraph styles of annex table cells, so that the
 * thousands of cells of a large annex carry a style id instead of their own formatting.
 */
final class DocxStyles {

    /** Annex body cell, left aligned, size 12. */
    static final String CELL = "AnnexCell";
    /** Annex number cell, right aligned. */
    static final String CELL_NUMBER = "AnnexNumber";
    /** Annex STT, date and yes/no cells, centred. */
    static final String CELL_CENTRE = "AnnexCentre";
    /** Annex header cell, centred and bold. */
    static final String CELL_HEADER = "AnnexHeader";

    static final int CELL_SIZE = 12;

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewSz().setVal(BigInteger.valueOf(Docx.BODY_SIZE * 2L));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(Docx.BODY_SIZE * 2L));
        defaults.addNewColor().setVal("000000");
        defaults.addNewLang().setVal("vi-VN");
        CTSpacing spacing = styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");

        cellStyle(styles, CELL, "Annex cell", null, false);
        cellStyle(styles, CELL_NUMBER, "Annex number", STJc.RIGHT, false);
        cellStyle(styles, CELL_CENTRE, "Annex centred", STJc.CENTER, false);
        cellStyle(styles, CELL_HEADER, "Annex header", STJc.CENTER, true);
        doc.createStyles().setStyles(styles);
    }

    private static void cellStyle(CTStyles styles, String id, String name, STJc.Enum jc, boolean bold) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.addNewBasedOn().setVal("Normal");
        CTPPrGeneral pPr = s.addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(20));
        spacing.setAfter(BigInteger.valueOf(20));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (jc != null) {
            pPr.addNewJc().setVal(jc);
        }
        CTRPr rPr = s.addNewRPr();
        if (bold) {
            rPr.addNewB();
        }
        rPr.addNewSz().setVal(BigInteger.valueOf(CELL_SIZE * 2L));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(CELL_SIZE * 2L));
    }

    private static void fonts(CTFonts f) {
        f.setAscii(Docx.FONT);
        f.setHAnsi(Docx.FONT);
        f.setCs(Docx.FONT);
        f.setEastAsia(Docx.FONT);
    }
}
