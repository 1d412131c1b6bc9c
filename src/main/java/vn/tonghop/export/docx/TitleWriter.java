package vn.tonghop.export.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.tonghop.platform.i18n.DocumentWording;

/**
 * What comes under the header block: a report's title ("BÁO CÁO" and its summary line, bold and centred, with a short
 * rule) or a letter's addressees ("Kính gửi: …").
 */
public final class TitleWriter {

    public static final String DEAR = DocumentWording.text("title.dear");

    public void write(XWPFDocument doc, String title, String summary, List<String> addressees) {
        if (HeaderBlockWriter.notBlank(title)) {
            XWPFParagraph t = Docx.centred(doc.createParagraph());
            Docx.spacing(t, 360, 0, 240);
            Docx.run(t, HeaderBlockWriter.upper(title), 14, true, false);
            if (HeaderBlockWriter.notBlank(summary)) {
                XWPFParagraph s = Docx.centred(doc.createParagraph());
                Docx.spacing(s, 0, 0, 260);
                Docx.run(s, summary.trim(), 14, true, false);
            }
            XWPFParagraph rule = doc.createParagraph();
            Docx.rule(rule, Docx.mm(40), Docx.PORTRAIT_WIDTH);
            Docx.spacing(rule, 60, 240, 240);
        }
        if (addressees != null && !addressees.isEmpty()) {
            addressees(doc, addressees, !HeaderBlockWriter.notBlank(title));
        }
    }

    private void addressees(XWPFDocument doc, List<String> addressees, boolean first) {
        if (addressees.size() == 1) {
            XWPFParagraph p = Docx.centred(doc.createParagraph());
            Docx.spacing(p, first ? 360 : 120, 240, 240);
            Docx.run(p, DEAR + " " + listItem(addressees.get(0), true).substring(2), 14, false, false);
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        Docx.spacing(p, first ? 360 : 120, 0, 240);
        Docx.indent(p, Docx.mm(25), 0);
        Docx.run(p, DEAR, 14, false, false);
        for (int i = 0; i < addressees.size(); i++) {
            XWPFParagraph a = doc.createParagraph();
            a.setAlignment(ParagraphAlignment.LEFT);
            Docx.spacing(a, 0, i == addressees.size() - 1 ? 240 : 0, 240);
            Docx.indent(a, Docx.mm(45), 0);
            Docx.run(a, listItem(addressees.get(i), i == addressees.size() - 1), 14, false, false);
        }
    }

    /** "- UBND các xã, phường;" with the closing punctuation officials use: ";" between items, "." after the last. */
    static String listItem(String text, boolean last) {
        String t = text.trim();
        if (t.startsWith("-")) {
            t = t.substring(1).trim();
        }
        char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (end != ';' && end != '.' && end != ',' && end != ':') {
            t = t + (last ? "." : ";");
        }
        return "- " + t;
    }
}
