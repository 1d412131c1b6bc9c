package vn.tonghop.export.model;

/**
 * An annex (phụ lục) printed after the body: heading "PHỤ LỤC II", its title, the "(Kèm theo …)" note and its table.
 */
public record Annex(String heading, String title, String note, AnnexTable table) {
}
