package vn.tonghop.unit;

import java.time.LocalDate;

/** A unit as placed in the tree on a given day: what the pages and the API show. */
public record UnitView(long id, String code, String name, UnitKind kind, String parentCode, int depth,
        LocalDate validFrom, LocalDate validTo, String path) {

    public int level() {
        return kind.level();
    }
}
