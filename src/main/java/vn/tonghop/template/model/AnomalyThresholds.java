package vn.tonghop.template.model;

/**
 * When a template's figures count as out of line, as its YAML key {@code anomalies} sets them; a null field keeps the
 * portal's default. {@code enabled} false switches the checks off for the template.
 */
public record AnomalyThresholds(boolean enabled, Double peerScore, Integer minPeers, Double periodRatio,
        Double periodMinDifference) {

    /** The portal's defaults throughout. */
    public static final AnomalyThresholds DEFAULTS = new AnomalyThresholds(true, null, null, null, null);
}
