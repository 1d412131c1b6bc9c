package vn.tonghop.export.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.tonghop.export.model.Signature;
import vn.tonghop.platform.i18n.DocumentWording;

/**
 * The foot: a borderless table, "Nơi nhận:" (bold italic 12) and the distribution list (11, each line "- …") on the
 * left; the signing capacity and title in bold capitals, room for the signature and seal, and the signer's name in bold
 * on the right.
 */
public final class SignatureWriter {

    public static final String RECIPIENTS = DocumentWording.text("foot.recipients");

    static final int LEFT = Docx.mm(75);
    static final int RIGHT = Docx.PORTRAIT_WIDTH - LEFT;

    public void write(XWPFDocument doc, Signature signature, List<String> distribution) {
        XWPFParagraph gap = doc.createParagraph();
        Docx.spacing(gap, 0, 0, 240);
        XWPFTable t = doc.createTable(1, 2);
        Docx.borderless(t);
        Docx.layout(t, LEFT, RIGHT);
        t.getRow(0).setCantSplitRow(true);

        XWPFTableCell left = t.getRow(0).getCell(0);
        if (distribution != null && !distribution.isEmpty()) {
            XWPFParagraph heading = Docx.next(left);
            Docx.spacing(heading, 0, 0, 240);
            Docx.run(heading, RECIPIENTS, 12, true, true);
            for (int i = 0; i < distribution.size(); i++) {
                XWPFParagraph p = Docx.next(left);
                p.setAlignment(ParagraphAlignment.LEFT);
                Docx.spacing(p, 0, 0, 240);
                Docx.run(p, TitleWriter.listItem(distribution.get(i), i == distribution.size() - 1), 11, false, false);
            }
        }

        XWPFTableCell right = t.getRow(0).getCell(1);
        if (signature != null) {
            if (HeaderBlockWriter.notBlank(signature.capacity())) {
                Docx.run(Docx.centred(Docx.next(right)), HeaderBlockWriter.upper(signature.capacity()), 14, true,
                        false);
            }
            if (HeaderBlockWriter.notBlank(signature.title())) {
                Docx.run(Docx.centred(Docx.next(right)), HeaderBlockWriter.upper(signature.title()), 14, true, false);
            }
            for (int i = 0; i < 4; i++) {
                Docx.centred(Docx.next(right));
            }
            if (HeaderBlockWriter.notBlank(signature.name())) {
                XWPFParagraph name = Docx.centred(Docx.next(right));
                Docx.spacing(name, 240, 0, 240);
                Docx.run(name, signature.name().trim(), 14, true, false);
            }
        }
    }
}
