package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionContent;

/**
 * Reports' tables as parsed from their JSON, kept between rollups: a report's content changes only with its version,
 * and a national rollup would otherwise read and parse some 11 000 documents each time. Narratives are not kept (they
 * are most of the text, and only the root's recipients' are shown): those reports are read whole every time.
 */
@ApplicationScoped
public class ReportContents {

    /** About 2 KB each: tens of thousands of reports stay well inside the heap. */
    static final int MAX_ENTRIES = 60_000;
    private static final int CHUNK = 5_000;

    private record Entry(long version, SubmissionContent tables) {
    }

    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

    /**
     * The content of each report: whole for those {@code whole} selects, else its tables, from the cache when its
     * version has not changed. {@code data} reads stored JSON by id; it is asked only for what is missing.
     */
    Map<Long, SubmissionContent> of(List<Submission> reports, Predicate<Submission> whole,
            Function<List<Long>, Map<Long, String>> data) {
        Map<Long, SubmissionContent> out = new HashMap<>();
        List<Submission> missing = new ArrayList<>();
        for (Submission s : reports) {
            Entry e = whole.test(s) ? null : cache.get(s.id);
            if (e != null && e.version() == s.version) {
                out.put(s.id, e.tables());
            } else {
                missing.add(s);
            }
        }
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<Submission> part = missing.subList(i, Math.min(missing.size(), i + CHUNK));
            Map<Long, String> json = data.apply(part.stream().map(s -> s.id).toList());
            for (Submission s : part) {
                SubmissionContent full = SubmissionContent.fromJson(json.get(s.id));
                if (whole.test(s)) {
                    out.put(s.id, full);
                    continue;
                }
                SubmissionContent tables = new SubmissionContent(null, full.tables(), null);
                if (cache.size() >= MAX_ENTRIES) {
                    cache.clear();
                }
                cache.put(s.id, new Entry(s.version, tables));
                out.put(s.id, tables);
            }
        }
        return out;
    }
}
