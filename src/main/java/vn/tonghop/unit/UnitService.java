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
import vn.tonghop.platform.persistence.TenantNamedQuery;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;

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
    UnitAccess access;

    @Inject
    PlacementPaths placements;

    public Optional<Unit> findByCode(String code) {
        return Unit.find("code", code).firstResultOptional();
    }

    public Unit require(String code) {
        return findByCode(code).orElseThrow(() -> PortalException.notFound(messages.get().unitNotFound(code)));
    }

    public Optional<UnitPlacement> placementOn(Unit unit, LocalDate day) {
        if (day == null) {
            return Optional.empty();
        }
        return UnitPlacement
                .find("from UnitPlacement p where p.unit = :unit" + VALID_ON, Map.of("unit", unit, "day", day))
                .firstResultOptional();
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
        return inTreeOrder(rows(List.of(rootPlacement.get().path), List.of(), day), root.id);
    }

    /** Every unit of the tenant on a day, roots first, in tree order. */
    public List<UnitView> all(LocalDate day) {
        return inTreeOrder(rows(List.of(), List.of(), day), null);
    }

    /**
     * The same as {@link #all}, kept between requests: a national tree is read on every rollup. A copy stays good while
     * the tenant's tree revision (bumped by triggers on every change of a unit or placement, V9) stays the same.
     */
    public List<UnitView> allCached(LocalDate day) {
        return cachedTree(day, treeRevision()).units();
    }

    /**
     * The tenant's tree revision as {@link #allCached} compares it. A caller may read it within a query of its own
     * (from {@link UnitTreeRevision}) and pass it to {@link #subtreeCached}.
     */
    public String treeRevision() {
        List<Object[]> found = TenantNamedQuery.run(Unit.getSession(), tenant -> Unit.getEntityManager()
                .createQuery(TREE_REVISION, Object[].class).setParameter("tenant", tenant).getResultList());
        return found.isEmpty() ? "0" : UnitTreeRevision.of((Long) found.get(0)[0], (Long) found.get(0)[1]);
    }

    /**
     * HQL, not native SQL with a result class: Hibernate keys such a native query's plan by a mapping it cannot match
     * again, so each run added an entry under the same hash and every lookup walked them all.
     */
    private static final String TREE_REVISION = "select r.revision, r.lastTx from UnitTreeRevision r"
            + " where r.tenantId = :tenant";

    /**
     * The same as {@link #subtree} from the kept tree of the day, given the tree revision the caller has just read
     * ({@link #treeRevision}, null for none yet): no query while the tree does not change. A save asks for its unit's
     * subtree on every request.
     */
    public List<UnitView> subtreeCached(Unit root, LocalDate day, String revision) {
        CachedTree tree = cachedTree(day, revision == null ? "0" : revision);
        Integer at = tree.positions().get(root.id);
        if (at == null) {
            return List.of();
        }
        // the subtree follows its root in depth-first order; keep what the path range and the parent links of
        // subtree() would keep
        List<UnitView> all = tree.units();
        UnitView top = all.get(at);
        List<UnitView> out = new ArrayList<>();
        out.add(top);
        java.util.Set<String> block = new java.util.HashSet<>(List.of(top.code()));
        java.util.Set<String> kept = new java.util.HashSet<>(List.of(top.code()));
        for (int i = at + 1; i < all.size(); i++) {
            UnitView v = all.get(i);
            if (!block.contains(v.parentCode())) {
                break;
            }
            block.add(v.code());
            if (kept.contains(v.parentCode()) && v.path().startsWith(top.path())) {
                out.add(v);
                kept.add(v.code());
            }
        }
        return out;
    }

    private CachedTree cachedTree(LocalDate day, String revision) {
        TreeKey key = new TreeKey(String.valueOf(Unit.getSession().getTenantIdentifierValue()), day);
        CachedTree cached = trees.get(key);
        if (cached != null && cached.revision().equals(revision)) {
            return cached;
        }
        // read after the revision: a change committed in between makes the next read reload, never the reverse
        List<UnitView> tree = List.copyOf(all(day));
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            positions.putIfAbsent(tree.get(i).id(), i);
        }
        CachedTree loaded = new CachedTree(revision, tree, positions);
        trees.put(key, loaded);
        return loaded;
    }

    private record TreeKey(String tenant, LocalDate day) {
    }

    private record CachedTree(String revision, List<UnitView> units, Map<Long, Integer> positions) {
    }

    private final Map<TreeKey, CachedTree> trees = java.util.Collections
            .synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TreeKey, CachedTree> eldest) {
                    return size() > 32;
                }
            });

    /** A placement as the tree queries read it: plain values, not managed entities, so thousands of rows stay cheap. */
    private record Row(long id, String code, String name, UnitKind kind, Long parentId, String parentCode,
            LocalDate validFrom, LocalDate validTo, String path) {

        UnitView view() {
            return new UnitView(id, code, name, kind, parentCode, (int) path.chars().filter(c -> c == '/').count() - 2,
                    validFrom, validTo, path);
        }
    }

    /**
     * The placements valid on a day under any of these path prefixes (all of the tenant's when there are none and no
     * single units), plus those of single units. Native SQL with the tenant named explicitly, because a prefix is asked
     * as a range of paths in byte order (V9 index on path collate "C"): the server's cached plan of a
     * {@code like :prefix} cannot use the index and would read every placement of the tenant on every save.
     */
    private static List<Row> rows(List<String> prefixes, List<Long> singles, LocalDate day) {
        var session = Unit.getSession();
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(String.valueOf(session.getTenantIdentifierValue()));
        params.add(day);
        params.add(day);
        List<String> any = new ArrayList<>();
        for (String prefix : prefixes) {
            // every path starting with "/1/5/" sorts between "/1/5/" and "/1/50" ('0' follows '/')
            any.add("(p.path collate \"C\" >= ? and p.path collate \"C\" < ?)");
            params.add(prefix);
            params.add(pathsAfter(prefix));
        }
        for (Long id : singles) {
            any.add("p.unit_id = ?");
            params.add(id);
        }
        if (!any.isEmpty()) {
            where.append(" and (").append(String.join(" or ", any)).append(")");
        }
        var query = session.createNativeQuery("""
                select u.id, u.code, u.name, u.kind, par.id, par.code, u.valid_from, u.valid_to, p.path
                  from unit_placement p join unit u on u.id = p.unit_id left join unit par on par.id = p.parent_id
                 where p.tenant_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)""" + where,
                Object[].class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Row> out = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            out.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], UnitKind.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], date(r[6]), date(r[7]),
                    (String) r[8]));
        }
        return out;
    }

    /** The first path in byte order after every path that starts with {@code prefix}: "/1/5/" → "/1/50". */
    static String pathsAfter(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /**
     * What the current user sees on a day: the subtrees under their administrator, issuer and viewer units, and their
     * other units alone.
     */
    public List<UnitView> visibleTree(LocalDate day) {
        return forest(access.subtreeUnits(), access.singleUnits(), day);
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
        return inTreeOrder(rows(prefixes, singleIds, day), null);
    }

    private static List<UnitView> inTreeOrder(List<Row> placements, Long rootId) {
        Map<Long, List<Row>> children = new HashMap<>();
        List<Row> roots = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        placements.forEach(p -> present.add(p.id()));
        for (Row p : placements) {
            boolean isRoot = rootId != null ? p.id() == rootId
                    : p.parentId() == null || !present.contains(p.parentId());
            if (isRoot) {
                roots.add(p);
            } else if (p.parentId() != null) {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        Comparator<Row> order = Comparator.comparing((Row p) -> p.kind().level()).thenComparing(p -> p.kind().ordinal())
                .thenComparing(Row::code);
        List<UnitView> out = new ArrayList<>(placements.size());
        java.util.ArrayDeque<Row> stack = new java.util.ArrayDeque<>();
        roots.sort(order.reversed());
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            Row p = stack.pop();
            out.add(p.view());
            List<Row> kids = children.getOrDefault(p.id(), new ArrayList<>());
            kids.sort(order.reversed());
            kids.forEach(stack::push);
        }
        return out;
    }

    /** Creates a unit under a parent (null for a root) from its start of validity. */
    public Unit create(String code, String name, UnitKind kind, Unit parent, LocalDate validFrom, LocalDate validTo) {
        String parentPath = "/";
        if (parent != null) {
            parentPath = placementOn(parent, validFrom).map(p -> p.path)
                    .orElseThrow(() -> PortalException.invalid(messages.get().unitNotValidOn(parent.code,
                            validFrom.format(vn.tonghop.platform.time.PortalClock.DATE))));
        }
        return create(code, name, kind, parent, parentPath, validFrom, validTo);
    }

    /**
     * Creates a unit under a parent whose path on {@code validFrom} the caller already knows (an import creating
     * thousands of units does not ask the database for each parent's path).
     */
    Unit create(String code, String name, UnitKind kind, Unit parent, String parentPath, LocalDate validFrom,
            LocalDate validTo) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.persist();
        UnitPlacement placement = new UnitPlacement();
        placement.unit = unit;
        placement.parent = parent;
        placement.path = parentPath + unit.id + "/";
        placement.validFrom = validFrom;
        placement.validTo = validTo;
        placement.persist();
        placements.clear();
        return unit;
    }

    /**
     * True when {@code unit} is {@code ancestor} or lies below it on the day. Both placements are read in one query.
     */
    public boolean isWithin(Unit unit, Unit ancestor, LocalDate day) {
        if (unit == null || ancestor == null || day == null) {
            return false;
        }
        return UnitPlacement.count(
                "from UnitPlacement p, UnitPlacement a where p.unit = :unit and a.unit = :ancestor"
                        + " and p.path like concat(a.path, '%')"
                        + " and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)"
                        + " and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)",
                Map.of("unit", unit, "ancestor", ancestor, "day", day)) > 0;
    }
}
