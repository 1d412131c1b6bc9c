package vn.tonghop.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The figures of one run and the table they make, with the targets beside them. */
final class Results {

    record Export(double seconds, long peakHeap, long bytes) {
    }

    String machine;
    String loadAtEnd;
    double setupSeconds;
    int communes;
    double rushSeconds;
    Stats save;
    Stats submit;
    long portalCpuMs;
    long databaseCpuMs;
    long generatorCpuMs;
    long rss;
    long dbRss;
    long rushHeap;
    String arrivedNational;
    String arrivedProvince;
    Stats rollupProvince;
    Stats rollupNational;
    Stats rollupProvinceChanged;
    Stats rollupNationalChanged;
    Stats rollupProvinceFigures;
    Stats rollupNationalFigures;
    Map<String, Export> exportsProvince;
    Map<String, Export> exportsNational;
    Overload.Outcome overload;

    String table(boolean national) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Run of %s: %s; portal `-Xmx512m`; %d concurrent clients.%n%n",
                LocalDate.now(), machine, Integer.getInteger("bench.clients", 128)));
        String scale = national ? "National: 63 provinces, 705 districts, 10,600 communes"
                : "Large province: 27 districts, 560 communes";
        t.append("| measure | ").append(scale).append(" | target (national, 2 cores) |\n");
        t.append("| --- | --- | --- |\n");
        row(t, "deadline rush: communes that saved and submitted", fmt("%d in %.1f s", communes, rushSeconds), "");
        row(t, "rush throughput", fmt("**%.0f submissions/s** (%.0f requests/s)", communes / rushSeconds,
                (save.count() + submit.count()) / rushSeconds), "≥ 600 submissions/s");
        row(t, "save `PUT …/submissions/{unit}` p50 / p99",
                fmt("%.0f / %.0f ms", save.medianMs(), save.percentileMs(99)), "");
        row(t, "submit `POST …/submit` p50 / p99",
                fmt("%.0f / **%.0f** ms", submit.medianMs(), submit.percentileMs(99)), "p99 ≤ 300 ms");
        row(t, "CPU time per commune (save + submit): portal / PostgreSQL / load generator",
                fmt("%.1f / %.1f / %.1f ms", portalCpuMs / (double) communes, databaseCpuMs / (double) communes,
                        generatorCpuMs / (double) communes),
                "");
        row(t, "what 2 cores carry for the portal and PostgreSQL alone (2 × 1,000 ms ÷ their CPU per commune; derived)",
                fmt("%.0f submissions/s", 2000.0 * communes / (portalCpuMs + databaseCpuMs)), "");
        row(t, "rush errors", fmt("**%d**", save.errors() + submit.errors()), "0");
        row(t, "every value arrived (rollup totals = generated sums)",
                national ? arrivedNational + "; province: " + arrivedProvince : arrivedProvince, "yes");
        row(t, "portal RSS during the rush (peak; PostgreSQL's processes apart)",
                fmt("%d MB (heap peak %d MB; PostgreSQL %d MB, proportional set size)", rss >> 20, rushHeap >> 20,
                        dbRss >> 20),
                "≤ 512 MB");
        if (national) {
            row(t, "rollup `GET /api/campaigns/{id}/rollup`, national, p50 / p99",
                    fmt("**%.0f / %.0f ms**", rollupNational.medianMs(), rollupNational.percentileMs(99)),
                    "p50 ≤ 150 ms, p99 ≤ 400 ms");
        }
        if (national) {
            row(t, "rollup, national, read right after the ministry edits its consolidated text (tables kept), p50 / p99",
                    fmt("%.0f / %.0f ms", rollupNationalChanged.medianMs(), rollupNationalChanged.percentileMs(99)),
                    "p50 ≤ 50 ms, p99 ≤ 150 ms");
            row(t, "rollup, national, read right after a district changes its figures (tables computed again), p50 / p99",
                    fmt("**%.0f / %.0f ms**", rollupNationalFigures.medianMs(), rollupNationalFigures.percentileMs(99)),
                    "p50 ≤ 50 ms, p99 ≤ 150 ms");
        }
        row(t, "rollup, large province (27 districts, 560 communes), p50 / p99",
                fmt("%.0f / %.0f ms", rollupProvince.medianMs(), rollupProvince.percentileMs(99)), "");
        row(t, "rollup, large province, read right after it edits its consolidated text, p50 / p99",
                fmt("%.0f / %.0f ms", rollupProvinceChanged.medianMs(), rollupProvinceChanged.percentileMs(99)), "");
        row(t, "rollup, large province, read right after a district changes its figures, p50 / p99",
                fmt("%.0f / %.0f ms", rollupProvinceFigures.medianMs(), rollupProvinceFigures.percentileMs(99)), "");
        if (national && exportsNational != null) {
            export(t, "national", exportsNational, true);
        }
        if (exportsProvince != null) {
            export(t, "large province", exportsProvince, false);
        }
        if (overload != null) {
            row(t, fmt("overload: every commune opens, saves and submits another quarter with %d clients (4 × the"
                    + " rush)", overload.clients()),
                    fmt("%d in %.1f s (%.0f submissions/s)", overload.communes(), overload.seconds(),
                            overload.communes() / overload.seconds()),
                    "");
            row(t, "overload answers: 503 with Retry-After (waited, sent again) / any other 5xx / other refusals",
                    fmt("%d of %d requests / **%d** / %d", overload.busy(), overload.requests(), overload.failed(),
                            overload.refused()),
                    "0 other 5xx, 0 refused");
            row(t, "overload: every acknowledged value arrived", overload.arrived(), "yes");
        }
        row(t, "set-up through the API (units, people, template, campaign and relays)", fmt("%.0f s", setupSeconds),
                "");
        t.append(String.format(Locale.ROOT, "%nLoad average at the end of the run: %s.%n", loadAtEnd));
        return t.toString();
    }

    private static void export(StringBuilder t, String scale, Map<String, Export> exports, boolean targets) {
        Export x = exports.get("xlsx");
        Export d = exports.get("docx");
        row(t, "XLSX export, " + scale + ": time (median of 3), peak heap, size",
                fmt(targets ? "**%.2f s**, %d MB, %d KB" : "%.2f s, %d MB, %d KB", x.seconds(), x.peakHeap() >> 20,
                        x.bytes() >> 10),
                targets ? "≤ 2 s, heap ≤ 512 MB" : "");
        row(t, "DOCX export, " + scale + ": time (median of 3), peak heap, size",
                fmt(targets ? "**%.2f s**, %d MB, %d KB" : "%.2f s, %d MB, %d KB", d.seconds(), d.peakHeap() >> 20,
                        d.bytes() >> 10),
                targets ? "≤ 3 s, heap ≤ 512 MB" : "");
    }

    private static void row(StringBuilder t, String measure, String value, String target) {
        t.append("| ").append(measure).append(" | ").append(value).append(" | ").append(target).append(" |\n");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
