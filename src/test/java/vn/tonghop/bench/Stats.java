package vn.tonghop.bench;

import java.util.Arrays;

/** Latencies of one kind of call: percentiles by nearest rank. */
final class Stats {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long value, boolean ok) {
        if (!ok) {
            errors++;
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** The p-th percentile in milliseconds (0 < p ≤ 100). */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double medianMs() {
        return percentileMs(50);
    }
}
