package vn.tonghop.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitView;

/** The issuer's subtree on the campaign's reference day, for ordering rows and finding a unit's district. */
final class Hierarchy {

    private final Map<String, UnitView> byCode = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    Hierarchy(List<UnitView> treeOrder) {
        for (int i = 0; i < treeOrder.size(); i++) {
            UnitView v = treeOrder.get(i);
            byCode.put(v.code(), v);
            order.put(v.code(), i);
        }
    }

    Optional<UnitView> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Position in tree order; units outside the subtree come last. */
    int order(String code) {
        return order.getOrDefault(code, Integer.MAX_VALUE);
    }

    String parentCode(String code) {
        UnitView v = byCode.get(code);
        return v == null ? null : v.parentCode();
    }

    /** The unit itself or its nearest ancestor of the kind; null when there is none. */
    String ancestorOfKind(String code, UnitKind kind) {
        String current = code;
        while (current != null) {
            UnitView v = byCode.get(current);
            if (v == null) {
                return null;
            }
            if (v.kind() == kind) {
                return current;
            }
            current = v.parentCode();
        }
        return null;
    }

    String name(String code) {
        UnitView v = byCode.get(code);
        return v == null ? code : v.name();
    }
}
