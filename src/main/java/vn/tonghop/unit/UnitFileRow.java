package vn.tonghop.unit;

/**
 * One data row of a unit file as written: trimmed text, empty strings for empty cells. {@code line} is the row's line
 * number in the file (the header is line 1), so that messages point where the user looks.
 */
public record UnitFileRow(int line, String code, String name, String kind, String parentCode, String validFrom,
        String validTo) {
}
