package vn.tonghop.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Robust outlier measures: the modified z-score on the median and the median absolute deviation, so that a few very
 * large units (a city ward beside mountain communes) do not hide or fake an outlier the way a mean would.
 */
final class Outliers {

    private Outliers() {
    }

    /** How far {@code value} stands from {@code all} (which include it), in robust standard deviations. */
    static Optional<Double> modifiedZ(double value, List<Double> all) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        double median = median(all);
        List<Double> deviations = new ArrayList<>();
        for (double v : all) {
            deviations.add(Math.abs(v - median));
        }
        double mad = median(deviations);
        if (mad > 0) {
            return Optional.of(0.6745 * (value - median) / mad);
        }
        // more than half the values equal: fall back on the mean absolute deviation
        double meanAd = deviations.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (meanAd > 0) {
            return Optional.of((value - median) / (1.253314 * meanAd));
        }
        return Optional.of(0.0);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
