package vn.tonghop.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.tonghop.export.model.Attachment;

/** A text attached after the signature (the outline of a request letter), from a new page. */
public final class AttachmentWriter {

    private final BodyWriter body = new BodyWriter();

    public void write(XWPFDocument doc, Attachment attachment, boolean newPage) {
        XWPFParagraph heading = Docx.centred(doc.createParagraph());
        heading.setPageBreak(newPage);
        Docx.run(heading, HeaderBlockWriter.upper(attachment.heading()), 14, true, false);
        if (HeaderBlockWriter.notBlank(attachment.title())) {
            Docx.run(Docx.centred(doc.createParagraph()), attachment.title().trim(), 14, true, false);
        }
        if (HeaderBlockWriter.notBlank(attachment.note())) {
            Docx.run(Docx.centred(doc.createParagraph()), attachment.note().trim(), 14, false, true);
        }
        XWPFParagraph rule = doc.createParagraph();
        Docx.rule(rule, Docx.mm(40), Docx.PORTRAIT_WIDTH);
        Docx.spacing(rule, 60, 240, 240);
        body.write(doc, attachment.body());
    }
}
