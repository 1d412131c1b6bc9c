package vn.tonghop.anomaly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a figure is out of line. Defaults from the outlier literature; tune per deployment. */
@ConfigMapping(prefix = "tonghop.anomaly")
public interface AnomalyConfig {

    /** Modified z-score beyond which a figure stands out from its peers (Iglewicz and Hoaglin suggest 3.5). */
    @WithDefault("3.5")
    double peerScore();

    /** Fewest other units that must have reported the cell before peers are compared. */
    @WithDefault("5")
    int minPeers();

    /** A figure this many times the unit's earlier one (or that share of it) stands out. */
    @WithDefault("3")
    double periodRatio();

    /** Differences smaller than this never stand out against an earlier period (3 → 9 cases is no news). */
    @WithDefault("10")
    double periodMinDifference();
}
