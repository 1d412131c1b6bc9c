package vn.tonghop.export.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.tonghop.export.model.BodyBlock;

/**
 * The body: outline headings (I. bold, 1. bold, a) italic), plain paragraphs and narratives written in the portal
 * (sanitised HTML), all justified with the first line indented 1.27 cm and 6 pt between paragraphs.
 */
public final class BodyWriter {

    private final HtmlConverter html = new HtmlConverter();

    public void write(XWPFDocument doc, List<BodyBlock> blocks) {
        for (BodyBlock block : blocks) {
            if (block instanceof BodyBlock.Heading h) {
                heading(doc, h);
            } else if (block instanceof BodyBlock.Paragraph p) {
                paragraph(doc, p);
            } else if (block instanceof BodyBlock.Html h) {
                html.write(h.html(), new HtmlConverter.DocumentTarget(doc));
            }
        }
    }

    private void heading(XWPFDocument doc, BodyBlock.Heading h) {
        XWPFParagraph p = Docx.body(doc.createParagraph());
        Docx.spacing(p, 60, Docx.PARAGRAPH_SPACING, Docx.LINE_SPACING);
        p.setKeepNext(true);
        int level = Math.max(0, h.level());
        Docx.run(p, h.text() == null ? "" : h.text().trim(), Docx.BODY_SIZE, level <= 1, level == 2);
    }

    private void paragraph(XWPFDocument doc, BodyBlock.Paragraph block) {
        if (block.text() == null) {
            return;
        }
        for (String line : block.text().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Docx.run(Docx.body(doc.createParagraph()), line.strip(), Docx.BODY_SIZE, false, block.italic());
        }
    }
}
