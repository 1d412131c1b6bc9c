package vn.tonghop.anomaly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.tonghop.platform.i18n.Formats;

/**
 * Finds the figures out of line among the reports of one campaign: each figure against the same cell of the other units
 * (modified z-score), and against the unit's own figure of its earlier period. Ranked, farthest first.
 */
final class FlagFinder {

    /** One unit's figures, with its earlier period's where there is one, and the notes already written. */
    record UnitFigures(String unitCode, String unitName, Map<Cells.Where, Cells.Figure> figures,
            Map<Cells.Where, Cells.Figure> previous, List<AnomalyNote> notes) {
    }

    private final Thresholds config;
    private final AnomalyMessages msg;

    /** Whether the reader may learn the peers' median: the issuer's side may, a unit reading its own report not. */
    private final boolean revealPeers;

    FlagFinder(Thresholds config, AnomalyMessages msg, boolean revealPeers) {
        this.config = config;
        this.msg = msg;
        this.revealPeers = revealPeers;
    }

    /** Flags of {@code only} (or of every unit when null), judged against all units. */
    List<Flag> find(List<UnitFigures> units, String only) {
        if (!config.enabled()) {
            return List.of();
        }
        Map<Cells.Where, List<Double>> peers = new LinkedHashMap<>();
        for (UnitFigures u : units) {
            u.figures()
                    .forEach((w, f) -> peers.computeIfAbsent(w, k -> new ArrayList<>()).add(f.value().doubleValue()));
        }
        List<Flag> out = new ArrayList<>();
        for (UnitFigures u : units) {
            if (only != null && !only.equals(u.unitCode())) {
                continue;
            }
            for (Cells.Figure f : u.figures().values()) {
                List<Flag.Reason> reasons = new ArrayList<>();
                double score = 0;
                List<Double> all = peers.get(f.where());
                double v = f.value().doubleValue();
                if (all.size() - 1 >= config.minPeers()) {
                    Optional<Double> z = Outliers.modifiedZ(v, all);
                    if (z.isPresent() && Math.abs(z.get()) > config.peerScore()) {
                        String median = Formats.number(BigDecimal.valueOf(Outliers.median(all)));
                        String text = revealPeers
                                ? (z.get() > 0 ? msg.peersHigh(all.size() - 1, median)
                                        : msg.peersLow(all.size() - 1, median))
                                : (z.get() > 0 ? msg.peersHighPlain() : msg.peersLowPlain());
                        reasons.add(new Flag.Reason("PEERS",
                                revealPeers ? BigDecimal.valueOf(Outliers.median(all)) : null, text));
                        score = Math.max(score, Math.abs(z.get()) / config.peerScore());
                    }
                }
                Cells.Figure before = u.previous().get(f.where());
                if (before != null) {
                    double p = before.value().doubleValue();
                    double ratio = p == 0 ? Double.POSITIVE_INFINITY : v / p;
                    boolean far = Math.abs(v - p) >= config.periodMinDifference()
                            && (ratio >= config.periodRatio() || ratio <= 1 / config.periodRatio());
                    if (far) {
                        String previous = Formats.number(before.value());
                        reasons.add(
                                new Flag.Reason("PREVIOUS_PERIOD", before.value(),
                                        ratio >= 1
                                                ? msg.periodHigh(p == 0
                                                        ? "∞"
                                                        : Formats.number(BigDecimal.valueOf(ratio).setScale(1,
                                                                RoundingMode.HALF_UP)),
                                                        previous)
                                                : msg.periodLow(Formats.number(BigDecimal.valueOf(ratio * 100)
                                                        .setScale(0, RoundingMode.HALF_UP)), previous)));
                        score = Math.max(score, Double.isInfinite(ratio) ? config.periodRatio()
                                : Math.max(ratio, 1 / ratio) / config.periodRatio());
                    }
                }
                if (!reasons.isEmpty()) {
                    out.add(flag(u, f, reasons, score));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Flag::score).reversed());
        return out;
    }

    private static Flag flag(UnitFigures u, Cells.Figure f, List<Flag.Reason> reasons, double score) {
        AnomalyNote note = u.notes().stream()
                .filter(n -> n.isFor(f.where().table(), f.where().row(), f.where().column())).findFirst().orElse(null);
        String status = note == null ? "OPEN"
                : note.verifiedAt != null ? "VERIFIED" : note.justification != null ? "JUSTIFIED" : "OPEN";
        return new Flag(u.unitCode(), u.unitName(), f.where().table(), f.tableTitle(), f.where().row(), f.rowLabel(),
                f.where().column(), f.columnTitle(), f.value(), reasons, score, status,
                note == null ? null : note.justification, note == null ? null : note.justifiedBy,
                note == null ? null : note.justifiedAt, note == null ? null : note.verifiedBy,
                note == null ? null : note.verifiedAt);
    }
}
