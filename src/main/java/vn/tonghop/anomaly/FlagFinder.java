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

    /**
     * One unit's figures, with those of its earlier period and of the same period a year before where there are any,
     * and the notes already written.
     */
    record UnitFigures(String unitCode, String unitName, Map<Cells.Where, Cells.Figure> figures,
            Map<Cells.Where, Cells.Figure> previous, Map<Cells.Where, Cells.Figure> lastYear, List<AnomalyNote> notes) {
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
                score = Math.max(score, against(f, u.previous().get(f.where()), false, reasons));
                score = Math.max(score, against(f, u.lastYear().get(f.where()), true, reasons));
                if (!reasons.isEmpty()) {
                    out.add(flag(u, f, reasons, score));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Flag::score).reversed());
        return out;
    }

    /** The figure against the unit's own of an earlier period: adds the reason when far out, returns its score. */
    private double against(Cells.Figure f, Cells.Figure before, boolean lastYear, List<Flag.Reason> reasons) {
        if (before == null) {
            return 0;
        }
        double v = f.value().doubleValue();
        double p = before.value().doubleValue();
        double ratio = p == 0 ? Double.POSITIVE_INFINITY : v / p;
        boolean far = Math.abs(v - p) >= config.periodMinDifference()
                && (ratio >= config.periodRatio() || ratio <= 1 / config.periodRatio());
        if (!far) {
            return 0;
        }
        String earlier = Formats.number(before.value());
        String times = p == 0 ? "∞" : Formats.number(BigDecimal.valueOf(ratio).setScale(1, RoundingMode.HALF_UP));
        String percent = Formats.number(BigDecimal.valueOf(ratio * 100).setScale(0, RoundingMode.HALF_UP));
        String text = lastYear ? (ratio >= 1 ? msg.lastYearHigh(times, earlier) : msg.lastYearLow(percent, earlier))
                : (ratio >= 1 ? msg.periodHigh(times, earlier) : msg.periodLow(percent, earlier));
        reasons.add(new Flag.Reason(lastYear ? "SAME_PERIOD_LAST_YEAR" : "PREVIOUS_PERIOD", before.value(), text));
        return Double.isInfinite(ratio) ? config.periodRatio() : Math.max(ratio, 1 / ratio) / config.periodRatio();
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
