package vn.tonghop.unit;

/**
 * A reorganisation as asked for by an administrator, from the API or the page form, before any check: codes and the day
 * as text. {@code targetCode} is the receiving unit of a merge or a move, or the unit that takes over the children of a
 * dissolved unit (may be empty when it has none).
 */
public record Reorganisation(UnitEvent.Kind kind, String unitCode, String targetCode, String effectiveOn, String note) {

    public static Reorganisation empty() {
        return new Reorganisation(UnitEvent.Kind.MERGE, "", "", "", "");
    }
}
