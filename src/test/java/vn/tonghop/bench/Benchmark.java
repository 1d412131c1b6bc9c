package vn.tonghop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark: starts the packaged portal, builds a tenant at national scale through the public API (units and
 * memberships from files, the template, a campaign relayed ministry → provinces → districts → communes, as reports
 * travel in reality), has every commune report a previous quarter (not measured: a portal at a deadline has run for
 * months), then measures the deadline rush, the rollup and the exports, prints one table and puts it in README.md. Run
 * with {@code ./mvnw -Pbench verify}; {@code -Dbench.scale=province} runs the large province alone.
 */
public final class Benchmark {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final String ADMIN = "admin.bench";
    private static final String TEMPLATE = "bench-mot-cua";

    private final Path project;
    private final Path work;
    private final boolean national;
    private final int clients;
    private final Country country;
    private final Api api = new Api();
    private final ExecutorService pool;
    private final Results results = new Results();
    private final Map<String, String> loginOf = new HashMap<>();
    private Portal portal;

    /** Campaign of each issuing unit (the root's, each province's and district's relay). */
    private final Map<String, Long> campaignOf = new ConcurrentHashMap<>();

    private Benchmark(Path project, boolean national, int clients) {
        this.project = project;
        this.work = project.resolve("target/bench");
        this.national = national;
        this.clients = clients;
        this.country = national ? Country.national(705, 10_600, 2025) : Country.province(2025);
        this.pool = Executors.newFixedThreadPool(clients);
        country.people.forEach(p -> loginOf.putIfAbsent(p.unitCode(), p.username()));
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
        boolean national = !"province".equalsIgnoreCase(System.getProperty("bench.scale", "national"));
        int clients = Integer.getInteger("bench.clients", 128);
        Benchmark b = new Benchmark(project, national, clients);
        b.quick = Boolean.getBoolean("bench.quick");
        try {
            b.run();
        } finally {
            b.pool.shutdownNow();
        }
    }

    private void run() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        results.machine = Machine.describe();
        log("%s; %s scale, %d clients", results.machine, national ? "national" : "province", clients);
        List<String> jvm = new ArrayList<>();
        if (Boolean.getBoolean("bench.jfr")) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("portal.jfr") + ",settings=profile");
            // the portal's frames lie under some 100 frames of Vert.x, RESTEasy and interceptors
            jvm.add("-XX:FlightRecorderOptions:stackdepth=512");
        }
        // durability as in production (the embedded library's default is off)
        String server = "synchronous_commit=on";
        if (Boolean.getBoolean("bench.pgstat")) {
            server += ";shared_preload_libraries=pg_stat_statements;pg_stat_statements.track=all"
                    + ";pg_stat_statements.track_planning=on";
        }
        jvm.add("-Dtonghop.embedded-db.server-config=" + server);
        // extra portal JVM options for experiments, e.g. -Dbench.portal-options="-Dquarkus.datasource.jdbc.max-size=8"
        for (String option : System.getProperty("bench.portal-options", "").split("\\s+")) {
            if (!option.isBlank()) {
                jvm.add(option);
            }
        }
        portal = Portal.start(project, work, api.keys.getPublic(), System.getProperty("bench.heap", "512m"), jvm);
        api.baseUrl(portal.baseUrl);
        try {
            long start = System.nanoTime();
            setUp();
            results.setupSeconds = (System.nanoTime() - start) / 1e9;
            if (!quick) {
                previousQuarter();
            }
            rush();
            verify();
            rollups();
            if (!quick) {
                exports();
                overload();
            }
            results.loadAtEnd = Machine.loadNow();
        } finally {
            portal.close();
        }
        String table = results.table(national);
        System.out.println();
        System.out.println(table);
        if (quick) {
            log("a quick run (-Dbench.quick=true: no previous quarter, exports or overload): README.md left alone");
            return;
        }
        Readme.update(project.resolve("README.md"), national ? "national" : "province", table);
        log("README.md updated (Performance)");
        if (!results.overload.passed()) {
            throw new IllegalStateException("the overload stage failed: " + results.overload);
        }
    }

    // ---- the tenant, its people, the template and the campaign ----

    private void setUp() throws Exception {
        Country.Unit root = country.units.get(0);
        Api.expect(
                api.post("bench.admin", "/api/platform/tenants", Map.of("code", national ? "ca-nuoc" : "thanh-hoa",
                        "name", national ? "Cả nước (thử tải)" : "Tỉnh Thanh Hóa (thử tải)", "rootCode", root.code(),
                        "rootName", root.name(), "adminUsername", ADMIN, "adminDisplayName", "Quản trị thử tải")),
                "Opening the tenant");
        long t = System.nanoTime();
        List<String> unitRows = new ArrayList<>();
        for (Country.Unit u : country.units) {
            unitRows.add(csv(u.code(), u.name(), u.kind().name(), u.parentCode()));
        }
        importFiles("/api/units/import", "code,name,kind,parentCode", unitRows);
        log("%d units imported in %.1f s", country.units.size(), (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        List<String> people = new ArrayList<>();
        for (Country.Person p : country.people) {
            people.add(csv(p.username(), p.displayName(), p.unitCode(), p.roles()));
        }
        importFiles("/api/memberships/import", "username,displayName,unitCode,role", people);
        log("%d people imported in %.1f s", people.size(), (System.nanoTime() - t) / 1e9);

        String yaml = Files.readString(project.resolve("src/bench/bao-cao-mot-cua-bench.yaml"));
        Api.expect(api.postBytes(ADMIN, "/api/templates", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                "Uploading the template");

        t = System.nanoTime();
        publish("quý I/2025", national ? "1234/BNV-CCHC" : "496/SNV-CCHC", campaignOf);
        log("campaign %d published and relayed in %.1f s", campaignOf.get(root.code()), (System.nanoTime() - t) / 1e9);
    }

    /**
     * The ministry (or the province) publishes the report of a quarter to its subordinates, relayed down to the
     * communes; {@code campaigns} receives the campaign of each issuing unit.
     */
    private void publish(String quarter, String letterNumber, Map<String, Long> campaigns) throws Exception {
        Country.Unit root = country.units.get(0);
        OffsetDateTime deadline = OffsetDateTime.now(VN).plusDays(30).withHour(17).withMinute(0).withSecond(0)
                .withNano(0);
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("templateCode", TEMPLATE);
        command.put("issuerUnitCode", root.code());
        command.put("title", "Báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông " + quarter);
        command.put("letterNumber", letterNumber);
        command.put("periodLabel", quarter);
        command.put("deadline", deadline);
        command.put("recipients", Map.of("mode", "DIRECT"));
        String issuer = person(root.code());
        long id = Api.expect(api.post(issuer, "/api/campaigns", command), "Creating the campaign").json().get("id")
                .asLong();
        Api.expect(api.post(issuer, "/api/campaigns/" + id + "/publish", Map.of()), "Publishing");
        campaigns.put(root.code(), id);
        if (national) {
            relay(country.provinces, deadline.minusDays(10), campaigns);
        }
        relay(country.districts, deadline.minusDays(20), campaigns);
    }

    /** Each unit relays the campaign it received to its own subordinates and publishes its relay. */
    private void relay(List<Country.Unit> issuers, OffsetDateTime deadline, Map<String, Long> campaigns)
            throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Country.Unit u : issuers) {
            done.add(pool.submit(() -> {
                String login = person(u.code());
                long parent = campaigns.get(u.parentCode());
                Map<String, Object> body = Map.of("issuerUnitCode", u.code(), "deadline", deadline, "letterNumber",
                        "15/" + u.code() + "-VP", "recipients", Map.of("mode", "DIRECT"));
                long id = Api.expect(api.post(login, "/api/campaigns/" + parent + "/relay", body), "Relay by " + u)
                        .json().get("id").asLong();
                Api.expect(api.post(login, "/api/campaigns/" + id + "/publish", Map.of()), "Publishing " + id);
                campaigns.put(u.code(), id);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    private void importFiles(String path, String header, List<String> rows) {
        // the portal takes at most 20 000 rows per file
        for (int i = 0; i < rows.size(); i += 20_000) {
            String file = header + "\n" + String.join("\n", rows.subList(i, Math.min(rows.size(), i + 20_000)));
            Api.expect(api.postBytes(ADMIN, path, "text/csv; charset=UTF-8", file.getBytes(StandardCharsets.UTF_8)),
                    "Importing " + path);
        }
    }

    /** The login that acts for a unit (its issuer, or its reporter and approver). */
    private String person(String unitCode) {
        return loginOf.get(unitCode);
    }

    // ---- the quarter before ----

    /**
     * The previous quarter, reported in full and not measured: at a deadline the portal has run for months, and the
     * Java compiler has long finished with every path of a save and a submit. Without it the rush met a portal still
     * compiling (one compiler thread busy throughout, about a tenth of the portal's CPU).
     */
    private void previousQuarter() throws Exception {
        long start = System.nanoTime();
        Map<String, Long> earlier = new ConcurrentHashMap<>();
        publish("quý IV/2024", national ? "987/BNV-CCHC" : "412/SNV-CCHC", earlier);
        List<Future<?>> done = new ArrayList<>();
        for (Country.Unit c : country.communes) {
            done.add(pool.submit(() -> {
                String login = loginOf.get(c.code());
                String path = "/api/campaigns/" + earlier.get(c.parentCode()) + "/submissions/" + c.code();
                long version = Api.expect(api.get(login, path), "Opening " + path).json().get("version").asLong();
                Map<String, Object> body = new LinkedHashMap<>(Reports.of(c).body());
                body.put("version", version);
                Api.expect(api.put(login, path, body), "Saving " + path);
                Api.expect(api.post(login, path + "/submit", Map.of("signerName", "Nguyễn Văn " + c.code())),
                        "Submitting " + path);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        log("previous quarter: published, relayed, and reported by %d communes in %.1f s (not measured)",
                country.communes.size(), (System.nanoTime() - start) / 1e9);
    }

    // ---- the deadline rush ----

    private void rush() throws Exception {
        List<Country.Unit> communes = new ArrayList<>(country.communes);
        Collections.shuffle(communes, new Random(7));
        Map<String, Reports.Report> reports = new HashMap<>();
        Map<String, String> logins = loginOf;
        for (Country.Unit c : communes) {
            reports.put(c.code(), Reports.of(c));
        }
        // tokens are signed beforehand: an identity provider signs them, not the portal
        List<Future<?>> signing = new ArrayList<>();
        for (Country.Unit c : communes) {
            signing.add(pool.submit(() -> api.token(logins.get(c.code()))));
        }
        for (Future<?> f : signing) {
            f.get();
        }
        Map<String, Long> versions = drafting(communes, reports);
        // the bodies are written beforehand too: a browser writes them, not the machine that serves the portal
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> signers = new HashMap<>();
        for (Country.Unit c : communes) {
            Map<String, Object> body = new LinkedHashMap<>(reports.get(c.code()).body());
            body.put("version", versions.get(c.code()));
            bodies.put(c.code(), Api.json(body));
            signers.put(c.code(), Api.json(Map.of("signerName", "Nguyễn Văn " + c.code(), "signerTitle", "Chủ tịch")));
        }
        Stats save = new Stats();
        Stats submit = new Stats();
        Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        portal.gc();
        long start;
        List<Future<?>> done = new ArrayList<>();
        try (Portal.Peak rss = new Portal.Peak(portal::rss, Duration.ofMillis(200));
                Portal.Peak dbRss = new Portal.Peak(portal::databaseRss, Duration.ofSeconds(5));
                Portal.Peak heap = new Portal.Peak(portal::heapUsed, Duration.ofMillis(500))) {
            Statements statements = Boolean.getBoolean("bench.pgstat") ? Statements.reset(portal.databasePort()) : null;
            api.patient(false); // the rush counts a 503 as an error
            start = System.nanoTime();
            long portalCpu = portal.cpuMillis();
            long databaseCpu = portal.databaseCpuMillis();
            long generatorCpu = Machine.ownCpuMillis();
            for (Country.Unit c : communes) {
                String body = bodies.get(c.code());
                String signer = signers.get(c.code());
                done.add(pool.submit(() -> {
                    String login = logins.get(c.code());
                    String base = "/api/campaigns/" + campaignOf.get(c.parentCode()) + "/submissions/" + c.code();
                    Api.Answer a = api.put(login, base, body);
                    save.add(a.nanos(), a.ok());
                    if (!a.ok()) {
                        errorKinds.computeIfAbsent("PUT " + a.status() + " " + abbreviate(a.body()),
                                k -> new AtomicInteger()).incrementAndGet();
                        return;
                    }
                    Api.Answer s = api.post(login, base + "/submit", signer);
                    submit.add(s.nanos(), s.ok());
                    if (!s.ok()) {
                        errorKinds.computeIfAbsent("POST " + s.status() + " " + abbreviate(s.body()),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            results.rushSeconds = (System.nanoTime() - start) / 1e9;
            api.patient(true);
            results.portalCpuMs = portal.cpuMillis() - portalCpu;
            results.databaseCpuMs = portal.databaseCpuMillis() - databaseCpu;
            results.generatorCpuMs = Machine.ownCpuMillis() - generatorCpu;
            results.rss = rss.max();
            results.dbRss = dbRss.max();
            results.rushHeap = heap.max();
            if (statements != null) {
                statements.write(work.resolve("statements.txt"), communes.size());
                log("PostgreSQL statements of the rush in %s", work.resolve("statements.txt"));
            }
        }
        results.save = save;
        results.submit = submit;
        results.communes = communes.size();
        errorKinds.forEach((k, v) -> log("rush error ×%d: %s", v.get(), k));
        log("rush: %d communes in %.1f s: %.0f submissions/s; save p50 %.0f p99 %.0f ms; submit p50 %.0f p99 %.0f ms;"
                + " %d errors; CPU per commune: portal %.1f ms, PostgreSQL %.1f ms", communes.size(),
                results.rushSeconds, communes.size() / results.rushSeconds, save.medianMs(), save.percentileMs(99),
                submit.medianMs(), submit.percentileMs(99), save.errors() + submit.errors(),
                results.portalCpuMs / (double) communes.size(), results.databaseCpuMs / (double) communes.size());
    }

    /**
     * The weeks before the deadline, not measured: every commune opens its report and saves a first draft (its
     * narratives). The rush then meets a portal that has been running, as it would, and saves over those drafts.
     */
    private Map<String, Long> drafting(List<Country.Unit> communes, Map<String, Reports.Report> reports)
            throws Exception {
        long start = System.nanoTime();
        Map<String, Long> versions = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (Country.Unit c : communes) {
            done.add(pool.submit(() -> {
                String login = loginOf.get(c.code());
                String path = "/api/campaigns/" + campaignOf.get(c.parentCode()) + "/submissions/" + c.code();
                long version = Api.expect(api.get(login, path), "Opening " + path).json().get("version").asLong();
                Map<String, Object> draft = new LinkedHashMap<>();
                draft.put("version", version);
                draft.put("sections", reports.get(c.code()).body().get("sections"));
                versions.put(c.code(),
                        Api.expect(api.put(login, path, draft), "Draft " + path).json().get("version").asLong());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        log("drafting: %d communes opened their report and saved a draft in %.1f s (not measured)", communes.size(),
                (System.nanoTime() - start) / 1e9);
        return versions;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
    }

    // ---- every value arrived ----

    private void verify() {
        Country.Unit root = country.units.get(0);
        results.arrivedNational = national ? check(root.code(), country.communes, campaignOf) : null;
        results.arrivedProvince = check(Country.LARGE_PROVINCE,
                country.communes.stream()
                        .filter(c -> country.unit(c.parentCode()).parentCode().equals(Country.LARGE_PROVINCE)).toList(),
                campaignOf);
    }

    /**
     * The rollup of the unit's campaign (among {@code campaigns}) must show every commune submitted and the generated
     * sums as totals.
     */
    private String check(String issuerCode, List<Country.Unit> communes, Map<String, Long> campaigns) {
        Reports.Totals expected = new Reports.Totals();
        communes.forEach(c -> expected.add(Reports.of(c).totals()));
        JsonNode rollup = Api
                .expect(api.get(person(issuerCode), "/api/campaigns/" + campaigns.get(issuerCode) + "/rollup"),
                        "Rollup of " + issuerCode)
                .json();
        List<String> problems = new ArrayList<>();
        for (JsonNode table : rollup.get("tables")) {
            JsonNode total = table.get("grandTotal").get("cells");
            if (table.get("code").asText().equals("phu-luc-2")) {
                compare(problems, "ho_so_nhan", expected.received, total);
                compare(problems, "dung_han", expected.onTime, total);
                compare(problems, "qua_han", expected.late, total);
                long submitted = 0;
                for (JsonNode g : table.get("groups")) {
                    for (JsonNode row : g.get("rows")) {
                        if (row.get("kind").asText().equals("COMMUNE") && row.get("counted").asBoolean()) {
                            submitted++;
                        }
                    }
                }
                if (submitted != communes.size()) {
                    problems.add(submitted + " of " + communes.size() + " communes counted");
                }
            } else {
                compare(problems, "tiep_nhan", expected.channelReceived, total);
                compare(problems, "da_giai_quyet", expected.channelDone, total);
            }
        }
        String verdict = problems.isEmpty() ? "yes (" + communes.size() + " communes, totals equal)"
                : "NO: " + String.join("; ", problems);
        log("values of %s: %s", issuerCode, verdict);
        return verdict;
    }

    private static void compare(List<String> problems, String column, long expected, JsonNode cells) {
        JsonNode v = cells.get(column);
        long actual = v == null || v.isNull() ? -1 : v.decimalValue().longValueExact();
        if (actual != expected) {
            problems.add(column + " " + actual + " ≠ " + expected);
        }
    }

    // ---- overload ----

    /**
     * Another quarter, reported by every commune with four times the clients of the rush
     * ({@code bench.overload-clients} to change it): more than the machine serves at once, so the portal must shed load
     * with 503 and Retry-After.
     */
    private void overload() throws Exception {
        Map<String, Long> next = new ConcurrentHashMap<>();
        publish("quý II/2025", national ? "1024/BNV-CCHC" : "455/SNV-CCHC", next);
        int many = Integer.getInteger("bench.overload-clients", 4 * clients);
        String root = country.units.get(0).code();
        api.patient(false);
        Overload.Outcome seen;
        try {
            seen = new Overload(api, loginOf).run(country.communes, next, many);
        } finally {
            api.patient(true);
        }
        results.overload = seen.arrived(check(root, country.communes, next));
        Overload.Outcome o = results.overload;
        o.kinds().forEach((k, v) -> log("overload answer ×%d: %s", v, k));
        log("overload: %d communes with %d clients in %.1f s; %d requests, %d answered 503 and sent again, %d other"
                + " 5xx, %d refused otherwise; values: %s", o.communes(), o.clients(), o.seconds(), o.requests(),
                o.busy(), o.failed(), o.refused(), o.arrived());
    }

    // ---- rollup reads and exports ----

    private void rollups() {
        results.rollupProvince = timeRollup(Country.LARGE_PROVINCE, 60);
        results.rollupProvinceChanged = timeRollupAfterChange(Country.LARGE_PROVINCE, 20);
        results.rollupProvinceFigures = timeRollupAfterFigures(Country.LARGE_PROVINCE, 20);
        if (national) {
            results.rollupNational = timeRollup(country.units.get(0).code(), 30);
            results.rollupNationalChanged = timeRollupAfterChange(country.units.get(0).code(), 20);
            results.rollupNationalFigures = timeRollupAfterFigures(country.units.get(0).code(), 20);
        }
    }

    /**
     * Reads that follow a change of figures under the root (before each, a district of the large province edits its own
     * figures of Phụ lục III in its consolidated report): the root's tables must be computed again, from that
     * district's province afresh and the other relays as kept.
     */
    private Stats timeRollupAfterFigures(String rootCode, int times) {
        Country.Unit district = country.districts.stream()
                .filter(d -> country.unit(d.parentCode()).code().equals(Country.LARGE_PROVINCE)
                        || d.parentCode().equals(Country.LARGE_PROVINCE))
                .findFirst().orElseThrow();
        String editor = person(district.code());
        String own = "/api/campaigns/" + campaignOf.get(district.code()) + "/consolidated";
        String rollup = "/api/campaigns/" + campaignOf.get(rootCode) + "/rollup";
        Stats s = new Stats();
        for (int i = 0; i < times; i++) {
            long version = Api.expect(api.get(editor, own), "Consolidated").json().get("version").asLong();
            Map<String, Object> row = Map.of("key", "truc-tiep", "cells",
                    Map.of("tiep_nhan", 10 + i, "da_giai_quyet", 10 + i));
            Api.expect(
                    api.put(editor, own,
                            Map.of("version", version, "tables", Map.of("phu-luc-3", Map.of("rows", List.of(row))))),
                    "Editing a district's own figures");
            Api.Answer a = api.get(person(rootCode), rollup);
            s.add(a.nanos(), a.ok());
        }
        log("rollup of %s after a change of figures below: p50 %.0f ms, p99 %.0f ms (%d reads)", rootCode, s.medianMs(),
                s.percentileMs(99), times);
        return s;
    }

    /**
     * Reads that follow a change (the issuer edits its consolidated text before each): the portal keeps a rollup only
     * while nothing under it changes, so these compute it anew, as the first read after any save does.
     */
    private Stats timeRollupAfterChange(String issuerCode, int times) {
        String login = person(issuerCode);
        String campaign = "/api/campaigns/" + campaignOf.get(issuerCode);
        Stats s = new Stats();
        for (int i = 0; i < times; i++) {
            JsonNode own = Api.expect(api.get(login, campaign + "/consolidated"), "Consolidated").json();
            Api.expect(
                    api.put(login, campaign + "/consolidated",
                            Map.of("version", own.get("version").asLong(), "sections",
                                    Map.of("ton-tai-han-che", "<p>Bản tổng hợp, lần sửa " + (i + 1) + ".</p>"))),
                    "Editing the consolidated report");
            Api.Answer a = api.get(login, campaign + "/rollup");
            s.add(a.nanos(), a.ok());
        }
        log("rollup of %s after a change: p50 %.0f ms, p99 %.0f ms (%d reads)", issuerCode, s.medianMs(),
                s.percentileMs(99), times);
        return s;
    }

    private Stats timeRollup(String issuerCode, int times) {
        String login = person(issuerCode);
        String path = "/api/campaigns/" + campaignOf.get(issuerCode) + "/rollup";
        for (int i = 0; i < 3; i++) {
            Api.expect(api.get(login, path), "Rollup");
        }
        Stats s = new Stats();
        for (int i = 0; i < times; i++) {
            Api.Answer a = api.get(login, path);
            s.add(a.nanos(), a.ok());
        }
        log("rollup of %s: p50 %.0f ms, p99 %.0f ms (%d reads)", issuerCode, s.medianMs(), s.percentileMs(99), times);
        return s;
    }

    private void exports() {
        results.exportsProvince = exportsOf(Country.LARGE_PROVINCE);
        if (national) {
            results.exportsNational = exportsOf(country.units.get(0).code());
        }
    }

    private Map<String, Results.Export> exportsOf(String issuerCode) {
        Map<String, Results.Export> out = new LinkedHashMap<>();
        String login = person(issuerCode);
        for (String kind : List.of("xlsx", "docx")) {
            String path = "/api/campaigns/" + campaignOf.get(issuerCode) + "/export." + kind;
            Api.expect(api.download(login, path), "Export"); // warm-up
            List<Double> seconds = new ArrayList<>();
            long peak = 0;
            long size = 0;
            for (int i = 0; i < 3; i++) {
                portal.gc();
                try (Portal.Peak heap = new Portal.Peak(portal::heapUsed, Duration.ofMillis(50))) {
                    Api.Answer a = Api.expect(api.download(login, path), "Export " + path);
                    seconds.add(a.nanos() / 1e9);
                    size = Long.parseLong(a.body());
                    peak = Math.max(peak, heap.max());
                }
            }
            seconds.sort(Comparator.naturalOrder());
            out.put(kind, new Results.Export(seconds.get(1), peak, size));
            log("%s of %s: median %.2f s, peak heap %d MB, %d KB", kind, issuerCode, seconds.get(1), peak >> 20,
                    size >> 10);
        }
        return out;
    }

    // ---- helpers ----

    private static String csv(String... cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c.contains(",") || c.contains("\"") || c.contains(";") ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return String.join(",", out);
    }

    /** Rush and rollups only, for trying a change: not a run to record. */
    private boolean quick;

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n", java.time.LocalTime.now().withNano(0),
                String.format(Locale.ROOT, format, args));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
