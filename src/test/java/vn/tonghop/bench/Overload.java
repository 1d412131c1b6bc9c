package vn.tonghop.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The overload stage: every commune opens, saves and submits the report of another quarter with four times the clients
 * of the rush, more than the machine can serve at once. A busy portal must answer 503 with Retry-After (the client
 * waits that long and sends again, as the pages do), never another 5xx, and every acknowledged value must arrive.
 */
final class Overload {

    /** What the stage saw. */
    record Outcome(int clients, int communes, double seconds, int requests, int busy, int failed, int refused,
            Map<String, Integer> kinds, String arrived) {
        boolean passed() {
            return failed == 0 && refused == 0 && arrived != null && arrived.startsWith("yes");
        }

        /** The same with the verdict on the rollup, read once the stage is over. */
        Outcome arrived(String verdict) {
            return new Outcome(clients, communes, seconds, requests, busy, failed, refused, kinds, verdict);
        }
    }

    private final Api api;
    private final Map<String, String> loginOf;

    Overload(Api api, Map<String, String> loginOf) {
        this.api = api;
        this.loginOf = loginOf;
    }

    /** Runs the stage on the campaigns given (each commune's parent's campaign). */
    Outcome run(List<Country.Unit> communes, Map<String, Long> campaigns, int clients) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Country.Unit c : communes) {
                done.add(pool.submit(() -> {
                    String login = loginOf.get(c.code());
                    String path = "/api/campaigns/" + campaigns.get(c.parentCode()) + "/submissions/" + c.code();
                    Counter counter = new Counter(requests, busy, failed, refused, kinds);
                    Api.Answer opened = counter.retrying("GET", () -> api.get(login, path));
                    if (!opened.ok()) {
                        return null;
                    }
                    Map<String, Object> body = new LinkedHashMap<>(Reports.of(c).body());
                    body.put("version", opened.json().get("version").asLong());
                    if (counter.retrying("PUT", () -> api.put(login, path, body)).ok()) {
                        counter.retrying("POST", () -> api.post(login, path + "/submit",
                                Map.of("signerName", "Nguyễn Văn " + c.code())));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> seen = new LinkedHashMap<>();
        kinds.forEach((k, v) -> seen.put(k, v.get()));
        return new Outcome(clients, communes.size(), seconds, requests.get(), busy.get(), failed.get(), refused.get(),
                seen, null);
    }

    /** Counts one commune's calls; a 503 is waited out as its Retry-After says and sent again. */
    private record Counter(AtomicInteger requests, AtomicInteger busy, AtomicInteger failed, AtomicInteger refused,
            Map<String, AtomicInteger> kinds) {

        Api.Answer retrying(String method, java.util.function.Supplier<Api.Answer> call) throws InterruptedException {
            for (int attempt = 1;; attempt++) {
                Api.Answer a = call.get();
                requests.incrementAndGet();
                if (a.status() == 503 && attempt < 50) {
                    busy.incrementAndGet();
                    long wait = Math.max(1, a.retryAfter()) * 1000L;
                    Thread.sleep(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
                    continue;
                }
                if (!a.ok()) {
                    (a.status() >= 500 || a.status() < 0 ? failed : refused).incrementAndGet();
                    String body = a.body() == null ? "" : a.body();
                    kinds.computeIfAbsent(
                            method + " " + a.status() + " " + body.substring(0, Math.min(120, body.length())),
                            k -> new AtomicInteger()).incrementAndGet();
                }
                return a;
            }
        }
    }
}
