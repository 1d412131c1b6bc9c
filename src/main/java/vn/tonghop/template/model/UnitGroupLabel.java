package vn.tonghop.template.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of unit rows: units of the given levels, under a label such as "CẤP HUYỆN" or "CẤP XÃ, PHƯỜNG".
 *
 * @param subgroupBy
 *            when set, units are further grouped under each unit of this level with that unit's own row first (e.g.
 *            DISTRICT: "Huyện B" → its one-stop office, then its communes); null for a flat list
 * @param subtotal
 *            whether the block ends with its own "Tổng" row
 */
public record UnitGroupLabel(List<UnitLevel> levels, String label, UnitLevel subgroupBy, boolean subtotal) {

    public UnitGroupLabel {
        levels = List.copyOf(levels);
        Objects.requireNonNull(label, "label");
    }

    public boolean contains(UnitLevel level) {
        return levels.contains(level);
    }
}
