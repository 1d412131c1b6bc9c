package vn.tonghop.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;

/**
 * The paths of units in the tree on a day, read once per request: a save or a submit asks several times whether the
 * user reaches the same few units. Tenant-scoped by the Hibernate discriminator like every query.
 */
@RequestScoped
public class PlacementPaths {

    private record Key(long unitId, LocalDate day) {
    }

    private final Map<Key, List<String>> paths = new HashMap<>();

    /** The unit's paths on the day (normally one; none when it is not in the tree then). */
    public List<String> paths(long unitId, LocalDate day) {
        return paths.computeIfAbsent(new Key(unitId, day), k -> UnitPlacement.getEntityManager()
                .createQuery("select p.path from UnitPlacement p where p.unit.id = :unit and p.validFrom <= :day"
                        + " and (p.validTo is null or p.validTo >= :day)", String.class)
                .setParameter("unit", unitId).setParameter("day", day).getResultList());
    }

    /** Placements were written in this request: read paths afresh. */
    public void clear() {
        paths.clear();
    }
}
