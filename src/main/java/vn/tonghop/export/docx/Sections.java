package vn.tonghop.export.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Page setup of the document's sections. The first section is A4 portrait with a different first page (no page number
 * there); each annex opens a landscape section. Every section shows the page number centred in the top margin, from one
 * header part shared by all sections.
 */
final class Sections {

    private record Ref(STHdrFtr.Enum type, String id) {
    }

    private final XWPFDocument doc;
    private final List<Ref> headers = new ArrayList<>();
    private boolean landscape;
    private boolean titlePage = true;

    Sections(XWPFDocument doc) {
        this.doc = doc;
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        pageNumber(numbered.getParagraphs().isEmpty() ? numbered.createParagraph() : numbered.getParagraphs().get(0));
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        for (CTHdrFtrRef ref : body().getHeaderReferenceList()) {
            headers.add(new Ref(ref.getType(), ref.getId()));
        }
    }

    /** Ends the current section here; what follows is a new landscape section on a new page. */
    void startLandscape() {
        XWPFParagraph end = doc.createParagraph();
        Docx.spacing(end, 0, 0, 240);
        Docx.pPr(end).addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
        apply(Docx.pPr(end).addNewSectPr());
        landscape = true;
        titlePage = false;
    }

    /** The document starts with an annex: its first section is landscape already. */
    void landscapeFromStart() {
        landscape = true;
    }

    boolean isLandscape() {
        return landscape;
    }

    int textWidth() {
        return landscape ? Docx.LANDSCAPE_WIDTH : Docx.PORTRAIT_WIDTH;
    }

    /** Gives the last section (the body's own section properties) its page setup. */
    void finish() {
        CTSectPr last = body();
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
        if (last.isSetPgSz()) {
            last.unsetPgSz();
        }
        if (last.isSetPgMar()) {
            last.unsetPgMar();
        }
        if (last.isSetType()) {
            last.unsetType();
        }
        while (last.sizeOfHeaderReferenceArray() > 0) {
            last.removeHeaderReference(0);
        }
        apply(last);
    }

    private CTSectPr body() {
        var b = doc.getDocument().getBody();
        return b.isSetSectPr() ? b.getSectPr() : b.addNewSectPr();
    }

    private void apply(CTSectPr s) {
        for (Ref ref : headers) {
            CTHdrFtrRef r = s.addNewHeaderReference();
            r.setType(ref.type());
            r.setId(ref.id());
        }
        s.addNewType().setVal(STSectionMark.NEXT_PAGE);
        CTPageSz size = s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? Docx.A4_LONG : Docx.A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? Docx.A4_SHORT : Docx.A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = s.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Docx.MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(Docx.MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(Docx.MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(Docx.MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(Docx.HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(Docx.HEADER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);
        if (titlePage) {
            s.addNewTitlePg();
        }
    }

    private static void pageNumber(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR r = field.addNewR();
        CTRPr rPr = r.addNewRPr();
        rPr.addNewSz().setVal(BigInteger.valueOf(Docx.BODY_SIZE * 2L));
        r.addNewT().setStringValue("1");
    }
}
