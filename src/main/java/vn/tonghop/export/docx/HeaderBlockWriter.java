package vn.tonghop.export.docx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.tonghop.export.model.DocumentHead;
import vn.tonghop.platform.i18n.DocumentWording;

/**
 * The header block: a borderless table of two columns. Left: the superior body, the issuing body in bold with a short
 * rule, the number "Số: 675/UBND-VP", a letter's subject "V/v …" and the urgency mark. Right: the national title, the
 * motto with its rule, and the place and date line in italics.
 */
public final class HeaderBlockWriter {

    public static final String NATIONAL_TITLE = DocumentWording.text("header.nationalTitle");
    public static final String MOTTO = DocumentWording.text("header.motto");

    static final int LEFT = Docx.mm(62);
    static final int RIGHT = Docx.PORTRAIT_WIDTH - LEFT;
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** "ỦY BAN NHÂN DÂN ", "HỘI ĐỒNG NHÂN DÂN ": the bodies whose name prints on two lines. */
    private static final List<String> BODY_PREFIXES = DocumentWording.words("header.twoLineBodies").stream()
            .map(w -> w + " ").toList();

    public void write(XWPFDocument doc, DocumentHead head) {
        XWPFTable t = doc.createTable(2, 2);
        Docx.borderless(t);
        Docx.layout(t, LEFT, RIGHT);

        XWPFTableCell bodies = t.getRow(0).getCell(0);
        if (notBlank(head.superiorBody())) {
            Docx.run(Docx.centred(Docx.next(bodies)), upper(head.superiorBody()), 12, false, false);
        }
        Docx.run(Docx.centred(Docx.next(bodies)), issuingLines(upper(head.issuingBody())), 12, true, false);
        Docx.rule(Docx.next(bodies), Docx.mm(22), LEFT);

        XWPFTableCell nation = t.getRow(0).getCell(1);
        Docx.run(Docx.centred(Docx.next(nation)), NATIONAL_TITLE, 12, true, false);
        Docx.run(Docx.centred(Docx.next(nation)), MOTTO, 13, true, false);
        Docx.rule(Docx.next(nation), Docx.mm(60), RIGHT);

        XWPFTableCell number = t.getRow(1).getCell(0);
        XWPFParagraph no = Docx.centred(Docx.next(number));
        Docx.spacing(no, 60, 0, 240);
        Docx.run(no, numberLine(head.number()), 13, false, false);
        if (notBlank(head.subject())) {
            XWPFParagraph vv = Docx.centred(Docx.next(number));
            Docx.spacing(vv, 60, 0, 240);
            Docx.run(vv, "V/v " + head.subject().trim(), 12, false, false);
        }
        if (notBlank(head.urgency())) {
            XWPFParagraph urgent = Docx.centred(Docx.next(number));
            Docx.spacing(urgent, 120, 0, 240);
            Docx.run(urgent, upper(head.urgency()), 13, true, false);
        }

        XWPFParagraph date = Docx.centred(Docx.next(t.getRow(1).getCell(1)));
        Docx.spacing(date, 60, 0, 240);
        Docx.run(date, placeAndDate(head.place(), head.date()), 14, false, true);
    }

    /** "Số: 675/UBND-VP"; a number still to be given keeps room to write it by hand: "Số: /UBND-VP". */
    public static String numberLine(String number) {
        if (number == null || number.isBlank()) {
            return DocumentWording.text("header.number.blank");
        }
        String n = number.trim();
        return n.startsWith("/") ? DocumentWording.format("header.number.symbolOnly", n)
                : DocumentWording.format("header.number", n);
    }

    /**
     * "Bỉm Sơn, ngày 24 tháng 4 năm 2017"; days below 10 and the months 1 and 2 take a leading zero (Decree 30/2020,
     * Appendix I). Without a date the line keeps blanks to fill by hand.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String where = notBlank(place) ? place.trim() : "…………";
        if (date == null) {
            return DocumentWording.format("header.date.blank", where);
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return DocumentWording.format("header.date", where, day, month, date.getYear());
    }

    /** "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN" printed on two lines, as officials set it. */
    static String issuingLines(String body) {
        for (String prefix : BODY_PREFIXES) {
            if (body.startsWith(prefix) && body.length() > prefix.length()) {
                return prefix.trim() + "\n" + body.substring(prefix.length()).trim();
            }
        }
        return body;
    }

    static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(VI);
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
