package vn.tonghop.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitEvent;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;

/**
 * Draws a regime's recipients from the unit tree as it stands on a period's reference day, so that units merged,
 * created or moved since the regime was set up are asked as the tree says. Needs no user: the scheduled job calls it.
 * Works inside the caller's transaction.
 */
@ApplicationScoped
public class RegimeRecipients {

    /** How many merges a listed unit is followed through before giving up (a loop would be a data error). */
    private static final int MAX_MERGES = 10;

    @Inject
    UnitService units;

    /** The units a rule names on the day, by tree order; empty when the issuer no longer exists then. */
    public List<Unit> resolve(Unit issuer, RecipientRule rule, UnitKind kind, List<String> codes, LocalDate day) {
        Unit root = root(issuer, day);
        List<UnitView> tree = units.subtree(root, day);
        if (tree.isEmpty()) {
            return List.of();
        }
        List<Long> picked = new ArrayList<>();
        switch (rule) {
            case CHILDREN -> tree.stream().filter(v -> root.code.equals(v.parentCode()) && v.id() != issuer.id)
                    .forEach(v -> picked.add(v.id()));
            case CHILDREN_OF_KIND -> tree.stream().skip(1).filter(v -> v.kind() == kind && v.id() != issuer.id)
                    .forEach(v -> picked.add(v.id()));
            case LIST -> {
                Set<Long> inTree = tree.stream().skip(1).map(UnitView::id).collect(Collectors.toSet());
                Set<Long> chosen = new LinkedHashSet<>();
                for (String code : codes == null ? List.<String> of() : codes) {
                    successorOn(code, day).map(u -> u.id).filter(id -> inTree.contains(id) && id != issuer.id)
                            .ifPresent(chosen::add);
                }
                picked.addAll(chosen);
            }
        }
        if (picked.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> byId = Unit.<Unit> list("id in ?1", picked).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        return picked.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The tree a regime addresses: the issuer's, or for a department or office the committee's it works for. */
    Unit root(Unit issuer, LocalDate day) {
        if (issuer.kind == UnitKind.DEPARTMENT || issuer.kind == UnitKind.OFFICE) {
            return units.placementOn(issuer, day).map(p -> p.parent).filter(Objects::nonNull).orElse(issuer);
        }
        return issuer;
    }

    /** The listed unit on the day, or the unit it was merged into (and so on) when it had ended by then. */
    Optional<Unit> successorOn(String code, LocalDate day) {
        Optional<Unit> unit = units.findByCode(code);
        for (int i = 0; i < MAX_MERGES && unit.isPresent() && !unit.get().isValidOn(day); i++) {
            Unit ended = unit.get();
            unit = UnitEvent.<UnitEvent> find(
                    "from UnitEvent e join fetch e.target where e.unit = ?1 and e.kind = ?2 and e.effectiveOn <= ?3"
                            + " order by e.effectiveOn desc",
                    ended, UnitEvent.Kind.MERGE, day).firstResultOptional().map(e -> e.target);
        }
        return unit.filter(u -> u.isValidOn(day));
    }
}
