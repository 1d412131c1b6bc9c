package vn.tonghop.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import vn.tonghop.template.model.AnomalyThresholds;

/**
 * The template key {@code anomalies}: when this template's figures count as out of line. Every key may be left out (the
 * portal's default then holds); {@code enabled: false} switches the checks off.
 */
final class AnomalyKeys {

    static final String KEY = "anomalies";
    static final Set<String> KEYS = new LinkedHashSet<>(
            List.of("enabled", "peerScore", "minPeers", "periodRatio", "periodMinDifference"));

    private AnomalyKeys() {
    }

    /** The thresholds under the key, or null when it is wrong (the error already told). */
    static AnomalyThresholds read(Node value, YamlKeys.Problems problems) {
        Optional<YamlKeys> found = YamlKeys.of(value, KEY, KEYS, problems);
        if (found.isEmpty()) {
            return null;
        }
        YamlKeys k = found.get();
        Boolean enabled = k.bool("enabled");
        Double peerScore = k.number("peerScore", 0);
        Integer minPeers = k.integer("minPeers", 1, 1000);
        Double periodRatio = k.number("periodRatio", 1);
        Double periodMinDifference = k.number("periodMinDifference", Double.NEGATIVE_INFINITY);
        if (periodMinDifference != null && periodMinDifference < 0) {
            k.error("periodMinDifference", m -> m.negative("periodMinDifference"));
            periodMinDifference = null;
        }
        return new AnomalyThresholds(enabled == null || enabled, peerScore, minPeers, periodRatio, periodMinDifference);
    }
}
