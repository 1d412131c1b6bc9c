package vn.tonghop.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;

/** My reach on a day, and for each unit in it the unit right under the top of the reach that it belongs to. */
final class Reach {
    private final Map<Long, UnitView> byId = new HashMap<>();
    private final Map<Long, Integer> order = new HashMap<>();
    private final Set<Long> tops = new HashSet<>();

    static Reach of(UnitService units, List<Unit> roots, LocalDate day) {
        List<UnitView> forest = units.forest(roots, List.of(), day);
        return new Reach(forest);
    }

    Reach(List<UnitView> forest) {
        Set<String> codes = new HashSet<>();
        forest.forEach(v -> codes.add(v.code()));
        for (int i = 0; i < forest.size(); i++) {
            UnitView v = forest.get(i);
            byId.put(v.id(), v);
            order.put(v.id(), i);
            if (v.parentCode() == null || !codes.contains(v.parentCode())) {
                tops.add(v.id());
            }
        }
    }

    /** The unit right under a top of the reach on the unit's path; the top itself for the top's own report. */
    UnitView districtOf(long unitId) {
        UnitView v = byId.get(unitId);
        if (v == null) {
            return null;
        }
        String[] ids = v.path().split("/");
        for (int i = 0; i < ids.length; i++) {
            if (!ids[i].isEmpty() && tops.contains(Long.parseLong(ids[i]))) {
                return i + 1 < ids.length && !ids[i + 1].isEmpty() ? byId.get(Long.parseLong(ids[i + 1]))
                        : byId.get(Long.parseLong(ids[i]));
            }
        }
        return null;
    }

    UnitView unit(long id) {
        return byId.get(id);
    }

    int order(long id) {
        return order.getOrDefault(id, Integer.MAX_VALUE);
    }
}
