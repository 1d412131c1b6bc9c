package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Kept rollups stay within a number of rows, the least recently read going first. */
class KeptRollupsTest {

    /** A rollup whose only table has one group of {@code rows} unit rows. */
    static RollupView rollup(int rows) {
        RollupView.UnitRow row = new RollupView.UnitRow("1", "x", "x", "COMMUNE", "SUBMITTED", false, true, null, null,
                null);
        RollupView.Group group = new RollupView.Group("A", "x", List.of(), Collections.nCopies(rows, row), List.of(),
                null, null);
        RollupView.TableRollup table = new RollupView.TableRollup("t", "t", null, null, "units", null, List.of(),
                List.of(group), null, null, null);
        return new RollupView(1, "t", null, null, null, null, null, false, false, List.of(table), List.of(), null);
    }

    @Test
    void aRollupIsServedOnlyUnderTheFingerprintItWasComputedUnder() {
        RollupCache.Kept<String> kept = new RollupCache.Kept<>(100);
        RollupView view = rollup(10);
        kept.put("a", "f1", view);
        assertSame(view, kept.get("a", "f1"));
        assertNull(kept.get("a", "f2"));
        assertNull(kept.get("b", "f1"));
    }

    @Test
    void theLeastRecentlyReadGoFirstOnceTheRowsAreOverTheLimit() {
        RollupCache.Kept<String> kept = new RollupCache.Kept<>(100);
        kept.put("a", "f", rollup(40));
        kept.put("b", "f", rollup(40));
        kept.get("a", "f");
        kept.put("c", "f", rollup(40));
        assertTrue(kept.holds("a"));
        assertFalse(kept.holds("b"), "b was read least recently");
        assertTrue(kept.holds("c"));

        // replacing a rollup counts its new size only
        kept.put("c", "g", rollup(61));
        assertFalse(kept.holds("a"));
        assertTrue(kept.holds("c"));
    }

    @Test
    void aRollupLargerThanTheLimitIsStillKeptAlone() {
        RollupCache.Kept<String> kept = new RollupCache.Kept<>(100);
        kept.put("a", "f", rollup(10));
        kept.put("national", "f", rollup(500));
        assertFalse(kept.holds("a"));
        assertTrue(kept.holds("national"));
    }
}
