package vn.tonghop.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Vocabulary;

/**
 * The "(Kèm theo Báo cáo số … ngày … của …)" line under an annex's title, made from the report it goes with. A
 * template's own notes that start that way are the form's placeholder (often with the year of the form it was copied
 * from) and are replaced; other notes print as the template has them.
 */
public final class AnnexNote {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final String PLACEHOLDER = Vocabulary.word("annexNote.placeholder");
    private static final String BLANK = "…";

    private AnnexNote() {
    }

    /**
     * @param templateNotes
     *            the table's notes in the template, may be null
     * @param reportNumber
     *            "120/BC-UBND", or null while the report has no number yet (the line then leaves it to be written in)
     * @param reportDate
     *            the report's date, or null
     * @param reportingUnit
     *            the name of the unit the report is from ("UBND thị xã Bỉm Sơn"), or null for a blank form
     */
    public static String of(String templateNotes, String reportNumber, LocalDate reportDate, String reportingUnit) {
        boolean placeholder = templateNotes == null || templateNotes.isBlank()
                || templateNotes.strip().toLowerCase(Locale.ROOT).startsWith(PLACEHOLDER);
        if (!placeholder) {
            return templateNotes.strip();
        }
        boolean numbered = reportNumber != null && !reportNumber.isBlank();
        if (!numbered && (templateNotes == null || templateNotes.isBlank())) {
            return null;
        }
        return DocumentWording.format("annex.note", numbered ? reportNumber.strip() : BLANK,
                reportDate != null ? reportDate.format(SHORT_DATE) : BLANK,
                reportingUnit != null && !reportingUnit.isBlank() ? reportingUnit.strip() : BLANK);
    }
}
