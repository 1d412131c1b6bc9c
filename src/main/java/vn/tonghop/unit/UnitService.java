package vn.tonghop.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.user.Role;

/** The unit tree of the current tenant, as it stood on any day. */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final String VALID_ON = " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)";

    /** Start of validity of units that do not say otherwise (imports without a date, new tenants' roots). */
    public static final LocalDate DEFAULT_VALID_FROM = LocalDate.of(2000, 1, 1);

    @Inject
    Messages messages;

    @Inject
    AccessService access;

    public Optional<Unit> findByCode(String code) {
        return Unit.find("code", code).firstResultOptional();
    }

    public Unit require(String code) {
        return findByCode(code).orElseThrow(() -> PortalException.notFound(messages.get().unitNotFound(code)));
    }

    public Optional<UnitPlacement> placementOn(Unit unit, LocalDate day) {
        return UnitPlacement.find("from UnitPlacement p where p.unit = :unit" + VALID_ON,
                io.quarkus.panache.common.Parameters.with("unit", unit).and("day", day)).firstResultOptional();
    }

    /** The day to look at a unit's tree: the given day, or its last valid day when it had ended by then. */
    public LocalDate effectiveDay(Unit unit, LocalDate day) {
        if (unit.validTo != null && unit.validTo.isBefore(day)) {
            return unit.validTo;
        }
        return unit.validFrom.isAfter(day) ? unit.validFrom : day;
    }

    /** The subtree under a unit on a day, the unit first, then depth-first with siblings by code. One query. */
    public List<UnitView> subtree(Unit root, LocalDate day) {
        Optional<UnitPlacement> rootPlacement = placementOn(root, day);
        if (rootPlacement.isEmpty()) {
            return List.of();
        }
        List<UnitPlacement> placements = UnitPlacement.find(
                "from UnitPlacement p join fetch p.unit left join fetch p.parent where p.path like :prefix" + VALID_ON,
                io.quarkus.panache.common.Parameters.with("prefix", rootPlacement.get().path + "%").and("day", day))
                .list();
        return inTreeOrder(placements, root.id);
    }

    /** Every unit of the tenant on a day, roots first, in tree order. */
    public List<UnitView> all(LocalDate day) {
        List<UnitPlacement> placements = UnitPlacement
                .find("from UnitPlacement p join fetch p.unit left join fetch p.parent where 1 = 1" + VALID_ON,
                        io.quarkus.panache.common.Parameters.with("day", day))
                .list();
        return inTreeOrder(placements, null);
    }

    /**
     * What the current user sees on a day: the subtrees under their administrator, issuer and viewer units, and their
     * other units alone.
     */
    public List<UnitView> visibleTree(LocalDate day) {
        java.util.Set<Role> single = java.util.EnumSet
                .complementOf(java.util.EnumSet.copyOf(AccessService.SUBTREE_ROLES));
        return forest(access.unitsWithRole(AccessService.SUBTREE_ROLES), access.unitsWithRole(single), day);
    }

    /**
     * The units a set of memberships reaches on a day, in tree order: the whole subtree under each of
     * {@code subtreeRoots} and each of {@code singles} alone. One query; units reached twice appear once.
     */
    public List<UnitView> forest(java.util.Collection<Unit> subtreeRoots, java.util.Collection<Unit> singles,
            LocalDate day) {
        List<String> prefixes = subtreeRoots.stream().map(u -> placementOn(u, day)).flatMap(Optional::stream)
                .map(p -> p.path).distinct().toList();
        List<Long> singleIds = singles.stream().map(u -> u.id).distinct().toList();
        if (prefixes.isEmpty() && singleIds.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("(p.unit.id in :singles");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("day", day)
                .and("singles", singleIds.isEmpty() ? List.of(-1L) : singleIds);
        for (int i = 0; i < prefixes.size(); i++) {
            where.append(" or p.path like :prefix").append(i);
            params.and("prefix" + i, prefixes.get(i) + "%");
        }
        where.append(")");
        List<UnitPlacement> placements = UnitPlacement
                .find("from UnitPlacement p join fetch p.unit left join fetch p.parent where " + where + VALID_ON,
                        params)
                .list();
        return inTreeOrder(placements, null);
    }

    private static List<UnitView> inTreeOrder(List<UnitPlacement> placements, Long rootId) {
        Map<Long, List<UnitPlacement>> children = new HashMap<>();
        List<UnitPlacement> roots = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        placements.forEach(p -> present.add(p.unit.id));
        for (UnitPlacement p : placements) {
            boolean isRoot = rootId != null ? p.unit.id.equals(rootId)
                    : p.parent == null || !present.contains(p.parent.id);
            if (isRoot) {
                roots.add(p);
            } else if (p.parent != null) {
                children.computeIfAbsent(p.parent.id, k -> new ArrayList<>()).add(p);
            }
        }
        Comparator<UnitPlacement> order = Comparator.comparing((UnitPlacement p) -> p.unit.kind.level())
                .thenComparing(p -> p.unit.kind.ordinal()).thenComparing(p -> p.unit.code);
        List<UnitView> out = new ArrayList<>(placements.size());
        java.util.ArrayDeque<UnitPlacement> stack = new java.util.ArrayDeque<>();
        roots.sort(order.reversed());
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            UnitPlacement p = stack.pop();
            out.add(view(p));
            List<UnitPlacement> kids = children.getOrDefault(p.unit.id, new ArrayList<>());
            kids.sort(order.reversed());
            kids.forEach(stack::push);
        }
        return out;
    }

    static UnitView view(UnitPlacement p) {
        Unit u = p.unit;
        return new UnitView(u.id, u.code, u.name, u.kind, p.parent == null ? null : p.parent.code, p.depth(),
                u.validFrom, u.validTo, p.path);
    }

    /** Creates a unit under a parent (null for a root) from its start of validity. */
    public Unit create(String code, String name, UnitKind kind, Unit parent, LocalDate validFrom, LocalDate validTo) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.persist();
        String parentPath = "/";
        if (parent != null) {
            parentPath = placementOn(parent, validFrom).map(p -> p.path)
                    .orElseThrow(() -> PortalException.invalid(messages.get().unitNotValidOn(parent.code,
                            validFrom.format(vn.tonghop.platform.time.PortalClock.DATE))));
        }
        UnitPlacement placement = new UnitPlacement();
        placement.unit = unit;
        placement.parent = parent;
        placement.path = parentPath + unit.id + "/";
        placement.validFrom = validFrom;
        placement.validTo = validTo;
        placement.persist();
        return unit;
    }

    /**
     * True when {@code unit} is {@code ancestor} or lies below it on the day. Both placements are read in one query.
     */
    public boolean isWithin(Unit unit, Unit ancestor, LocalDate day) {
        return UnitPlacement.count(
                "from UnitPlacement p, UnitPlacement a where p.unit = :unit and a.unit = :ancestor"
                        + " and p.path like concat(a.path, '%')"
                        + " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)"
                        + " and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)",
                io.quarkus.panache.common.Parameters.with("unit", unit).and("ancestor", ancestor).and("day", day)) > 0;
    }
}
