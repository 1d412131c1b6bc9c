package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.rollup.RollupTree.Node;
import vn.tonghop.rollup.RollupTree.Slot;
import vn.tonghop.rollup.RollupView.Completeness;
import vn.tonghop.rollup.RollupView.Coverage;
import vn.tonghop.rollup.RollupView.GroupCompleteness;
import vn.tonghop.rollup.RollupView.UnitStatus;

/** Who of the root campaign's recipients has reported, on time or late, overall and by kind of unit. */
final class RollupCompleteness {

    private RollupCompleteness() {
    }

    static Completeness of(RollupTree tree) {
        List<UnitStatus> unitsStatus = new ArrayList<>();
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        int submitted = 0, onTime = 0, late = 0, missing = 0;
        for (Slot slot : tree.root.slots) {
            Node relay = tree.root.relayOf(slot);
            Coverage child = null;
            if (relay != null) {
                child = relay.coverage();
            }
            unitsStatus.add(new UnitStatus(slot.code(), slot.name(), slot.kind().name(), slot.status(),
                    PortalClock.local(slot.deadline()), PortalClock.local(slot.submittedAt()), slot.late(),
                    slot.lateMinutes(), slot.signerName(), slot.signerTitle(), relay == null ? null : relay.campaign.id,
                    child));
            int[] g = byGroup.computeIfAbsent(slot.kind().label(), k -> new int[5]);
            g[0]++;
            if (slot.submitted()) {
                submitted++;
                g[1]++;
                if (slot.late()) {
                    late++;
                    g[3]++;
                } else {
                    onTime++;
                    g[2]++;
                }
            } else if ("MISSING".equals(slot.status())) {
                missing++;
                g[4]++;
            }
        }
        int expected = tree.root.slots.size();
        List<GroupCompleteness> groups = new ArrayList<>();
        byGroup.forEach((label, g) -> groups.add(new GroupCompleteness(label, g[0], g[1], g[2], g[3], g[4])));
        return new Completeness(expected, submitted, onTime, late, missing, expected - submitted - missing,
                percent(submitted, expected), percent(onTime, expected), percent(late, expected),
                percent(missing, expected), unitsStatus, groups);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 100f / whole);
    }
}
