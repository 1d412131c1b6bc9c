package vn.tonghop.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A subtree read as a range of paths holds exactly the paths that start with the root's path. */
class PathRangeTest {

    private static boolean inRange(String path, String prefix) {
        // String.compareTo orders ASCII as the database's collate "C" does: by bytes
        return path.compareTo(prefix) >= 0 && path.compareTo(UnitService.pathsAfter(prefix)) < 0;
    }

    @Test
    void theRangeHoldsTheSubtreeAndNothingBesideIt() {
        String root = "/1/5/";
        assertEquals("/1/50", UnitService.pathsAfter(root));
        for (String path : List.of("/1/5/", "/1/5/7/", "/1/5/70/99/", "/1/5/9999999/")) {
            assertEquals(true, inRange(path, root), path);
        }
        for (String path : List.of("/1/50/", "/1/51/3/", "/1/4/", "/1/", "/1/5", "/10/5/", "/2/")) {
            assertEquals(false, inRange(path, root), path);
        }
    }
}
