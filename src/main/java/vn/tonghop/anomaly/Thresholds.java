package vn.tonghop.anomaly;

import vn.tonghop.template.model.AnomalyThresholds;

/**
 * When a figure is out of line for one template: the template's own thresholds (its YAML key {@code anomalies}) where
 * it sets them, the portal's ({@link AnomalyConfig}) otherwise.
 */
record Thresholds(boolean enabled, double peerScore, int minPeers, double periodRatio, double periodMinDifference) {

    static Thresholds of(AnomalyConfig portal, AnomalyThresholds template) {
        AnomalyThresholds t = template == null ? AnomalyThresholds.DEFAULTS : template;
        return new Thresholds(t.enabled(), t.peerScore() != null ? t.peerScore() : portal.peerScore(),
                t.minPeers() != null ? t.minPeers() : portal.minPeers(),
                t.periodRatio() != null ? t.periodRatio() : portal.periodRatio(),
                t.periodMinDifference() != null ? t.periodMinDifference() : portal.periodMinDifference());
    }
}
