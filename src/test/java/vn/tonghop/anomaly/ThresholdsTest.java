package vn.tonghop.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.AnomalyThresholds;

/** A template's thresholds stand where it sets them; the portal's fill the rest. */
class ThresholdsTest {

    static final AnomalyConfig PORTAL = new AnomalyConfig() {
        @Override
        public double peerScore() {
            return 3.5;
        }

        @Override
        public int minPeers() {
            return 5;
        }

        @Override
        public double periodRatio() {
            return 3;
        }

        @Override
        public double periodMinDifference() {
            return 10;
        }
    };

    @Test
    void theTemplateOverridesOnlyWhatItSets() {
        assertEquals(new Thresholds(true, 3.5, 5, 2.5, 20),
                Thresholds.of(PORTAL, new AnomalyThresholds(true, null, null, 2.5, 20.0)));
        assertEquals(new Thresholds(false, 4, 8, 3, 10),
                Thresholds.of(PORTAL, new AnomalyThresholds(false, 4.0, 8, null, null)));
        assertEquals(new Thresholds(true, 3.5, 5, 3, 10), Thresholds.of(PORTAL, null));
    }
}
