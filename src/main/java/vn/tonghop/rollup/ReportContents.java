package vn.tonghop.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Submission;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionContent;

/**
 * Reports' tables as parsed from their JSON, with each row's computed columns, kept between rollups: a report's content
 * changes only with its version and its campaign's template never changes, and a national rollup would otherwise read,
 * parse and compute some 11 000 documents each time. Narratives are not kept (they are most of the text, and only the
 * root's recipients' are shown): those reports are read whole every time.
 */
@ApplicationScoped
public class ReportContents {

    /** A report's content and, by row (identity), its cells with the computed columns. */
    record Content(SubmissionContent content, Map<RowContent, Map<String, Object>> computed) {
        static final Content EMPTY = new Content(SubmissionContent.EMPTY, Map.of());
    }

    /** A few KB each: tens of thousands of reports stay well inside the heap. */
    static final int MAX_ENTRIES = 60_000;
    private static final int CHUNK = 5_000;

    private record Entry(long version, Content content) {
    }

    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

    /**
     * The content of each report: whole for those {@code whole} selects, else its tables with their computed cells
     * ({@code compute}: table code and row to the row's cells, null for a table the template does not have), from the
     * cache when the report's version has not changed. {@code data} reads stored JSON by id, only for what is missing.
     */
    Map<Long, Content> of(List<Submission> reports, Predicate<Submission> whole,
            Function<List<Long>, Map<Long, String>> data, BiFunction<String, RowContent, Map<String, Object>> compute) {
        Map<Long, Content> out = new HashMap<>();
        List<Submission> missing = new ArrayList<>();
        for (Submission s : reports) {
            Entry e = whole.test(s) ? null : cache.get(s.id);
            if (e != null && e.version() == s.version) {
                out.put(s.id, e.content());
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
                    out.put(s.id, new Content(full, Map.of()));
                    continue;
                }
                Content tables = new Content(new SubmissionContent(null, full.tables(), null),
                        computed(full.tables(), compute));
                if (cache.size() >= MAX_ENTRIES) {
                    cache.clear();
                }
                cache.put(s.id, new Entry(s.version, tables));
                out.put(s.id, tables);
            }
        }
        return out;
    }

    private static Map<RowContent, Map<String, Object>> computed(Map<String, TableContent> tables,
            BiFunction<String, RowContent, Map<String, Object>> compute) {
        Map<RowContent, Map<String, Object>> out = new IdentityHashMap<>();
        tables.forEach((code, table) -> table.rows().forEach(row -> {
            Map<String, Object> cells = compute.apply(code, row);
            if (cells != null) {
                // shared by every later rollup: nobody may change it
                out.put(row, Collections.unmodifiableMap(cells));
            }
        }));
        return out;
    }
}
