package vn.tonghop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 18, point 5: two packaged portals, started at once on one PostgreSQL (one server, both pointed at it by URL, as
 * deployment/k8s runs two replicas on an external database), behind a round-robin proxy without stickiness. Both run
 * the reminder and regime jobs every second; each reminder and each period still goes out once. What one instance
 * writes, the other reads at once (their caches check the database); a login made through one is a session on both.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasTest {

    private static final int COMMUNES = 30;
    private static final Path WORK = PackagedApp.PROJECT.resolve("target/ops/replicas");
    /** The session cookies' key, shared by the replicas as deployment/k8s/secret.yaml has it. */
    private static final String SESSION_SECRET = "ops-session-secret-shared-by-every-replica";

    private static IdentityProvider idp;
    private static Database db;
    private static RoundRobinProxy proxy;
    private static AppProcess a;
    private static AppProcess b;
    private static ApiClient api;
    private static OpsTenant tenant;

    @BeforeAll
    static void twoReplicas() throws Exception {
        PackagedApp.jar();
        PackagedApp.deleteRecursively(WORK);
        idp = IdentityProvider.start();
        db = Database.fresh(WORK.resolve("postgres"));
        proxy = RoundRobinProxy.start();
        // the environment of deployment/k8s (ConfigMap, and the Secret's session key); addresses and secrets of
        // the test's own servers are set as system properties, which win over it
        Map<String, String> env = new LinkedHashMap<>(Manifests.configMapEnv());
        env.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", SESSION_SECRET);
        Map<String, String> config = new LinkedHashMap<>(db.portalConfig());
        config.putAll(idp.portalConfig());
        config.putAll(OpsTenant.portalConfig());
        config.put("tonghop.base-url", proxy.baseUrl);
        for (String job : List.of("reminders", "regimes")) {
            config.put("tonghop." + job + ".every", "1s");
            config.put("tonghop." + job + ".delay", "1s");
        }
        // both at once, as a Deployment's first rollout starts them: Flyway and the start-up loaders meet
        CompletableFuture<AppProcess> first = CompletableFuture
                .supplyAsync(() -> AppProcess.start("a", WORK, env, config));
        CompletableFuture<AppProcess> second = CompletableFuture
                .supplyAsync(() -> AppProcess.start("b", WORK, env, config));
        try {
            a = first.get(3, TimeUnit.MINUTES);
        } finally {
            b = second.get(3, TimeUnit.MINUTES);
        }
        proxy.backends(List.of(a, b));
        api = new ApiClient(idp, proxy.baseUrl);
        tenant = OpsTenant.create(api, COMMUNES, OpsTenant.tomorrowAtFive());
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] { a, b, proxy, db, idp }) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // stopping the rest matters more
            }
        }
    }

    @Test
    @Order(1)
    void theProxyAlternates() {
        assertTrue(proxy.served().get("a").get() >= 3 && proxy.served().get("b").get() >= 3,
                "both instances served the set-up: " + proxy.served());
    }

    @Test
    @Order(2)
    void eachReminderGoesOutOnceThoughBothRunTheJob() {
        awaitThat(() -> db.count("select count(*) from reminder_sent where campaign_id = ?",
                tenant.campaignId) == COMMUNES, "a reminder for every commune");
        // several more runs of both jobs: nothing may go out again
        AppProcess.sleep(4_000);
        Map<String, Long> notified = countsByCode("""
                select u.code, count(*) as n from notification n join unit u on u.id = n.unit_id
                 where n.campaign_id = ? and n.kind like 'REMINDER%' group by u.code""", tenant.campaignId);
        assertEquals(COMMUNES, notified.size(), "every commune reminded: " + notified);
        notified.forEach((code, n) -> assertEquals(1L, n, code + " reminded once in the portal"));

        List<SentMail> reminders = SentMail.of(a, b).stream().filter(m -> m.subject().contains("hạn nộp báo cáo"))
                .toList();
        Map<String, Long> mailed = reminders.stream()
                .collect(Collectors.groupingBy(SentMail::to, Collectors.counting()));
        assertEquals(COMMUNES, mailed.size(), "every commune's person e-mailed: " + mailed);
        mailed.forEach((to, n) -> assertEquals(1L, n, to + " e-mailed one reminder"));
        System.out.printf("[ops] reminders e-mailed by instance: %s%n",
                reminders.stream().collect(Collectors.groupingBy(SentMail::instance, Collectors.counting())));
    }

    @Test
    @Order(3)
    void eachRegimePeriodOpensOnceThoughBothRunTheJob() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        Map<String, Object> regime = new HashMap<>();
        regime.put("templateCode", "mot-cua-2017-q1");
        regime.put("issuerUnitCode", OpsTenant.ROOT);
        regime.put("title", "Báo cáo định kỳ về cơ chế một cửa");
        regime.put("subject", "V/v báo cáo định kỳ về cơ chế một cửa");
        regime.put("signerName", "Trần Văn An");
        regime.put("signerTitle", "Giám đốc");
        regime.put("frequency", "QUARTERLY");
        regime.put("firstPeriod", quarter);
        regime.put("lastPeriod", quarter);
        regime.put("deadlineOffsetDays", 10);
        regime.put("recipients", Map.of("rule", "CHILDREN"));
        long id = ApiClient.expect(api.post(OpsTenant.ISSUER, "/api/regimes", regime), "Creating the regime").json()
                .get("id").asLong();
        awaitThat(() -> db.count("select count(*) from regime_period where regime_id = ?", id) == 1,
                "the quarter opened by a job");
        AppProcess.sleep(4_000);
        assertEquals(2, db.count("select count(*) from campaign where tenant_id = 'ops'"),
                "one campaign for the quarter, beside the first");
        long opened = ((Number) db.query("select campaign_id from regime_period where regime_id = ?", id).get(0)
                .get("campaign_id")).longValue();
        Map<String, Long> notified = countsByCode("""
                select u.code, count(*) as n from notification n join unit u on u.id = n.unit_id
                 where n.campaign_id = ? and n.kind = 'PUBLISHED' group by u.code""", opened);
        assertEquals(COMMUNES, notified.size(), "every commune asked: " + notified);
        notified.forEach((code, n) -> assertEquals(1L, n, code + " asked once"));
    }

    @Test
    @Order(4)
    void whatOneInstanceWritesTheOtherReadsAtOnce() {
        String commune = tenant.communes.get(0);
        String user = OpsTenant.reporterOf(commune);
        String path = tenant.submissionPath(commune);
        String rollup = "/api/campaigns/" + tenant.campaignId + "/rollup";
        // both instances compute and keep the rollup before the change
        long before = received(ApiClient.expect(api.get(OpsTenant.ISSUER, rollup), "Rollup").json());
        ApiClient.expect(api.get(OpsTenant.ISSUER, rollup), "Rollup");

        ApiClient.Answer opened = ApiClient.expect(api.get(user, path), "Opening");
        ApiClient.Answer saved = ApiClient.expect(
                api.put(user, path, OpsTenant.report(commune, opened.json().get("version").asLong())), "Saving");
        ApiClient.Answer read = ApiClient.expect(api.get(user, path), "Reading");
        assertNotEquals(saved.servedBy(), read.servedBy(), "saved on one instance, read on the other");
        assertEquals(saved.json().get("version").asLong(), read.json().get("version").asLong(),
                "the other instance reads the saved version");
        assertEquals(OpsTenant.narrative(commune), read.json().get("sections").get("tinh-hinh").asText());

        ApiClient.Answer submitted = ApiClient
                .expect(api.post(user, path + "/submit", Map.of("signerName", "Lê Thị Hoa")), "Submitting");
        ApiClient.Answer after = ApiClient.expect(api.get(OpsTenant.ISSUER, rollup), "Rollup after");
        assertNotEquals(submitted.servedBy(), after.servedBy(), "submitted on one instance, rolled up on the other");
        assertEquals(before + OpsTenant.received(commune), received(after.json()),
                "the other instance's kept rollup gives way to the new submission");

        String units = "/api/units?under=" + OpsTenant.ROOT;
        ApiClient.expect(api.get(OpsTenant.ADMIN, units), "Units");
        ApiClient.Answer imported = ApiClient.expect(api.postFile(OpsTenant.ADMIN, "/api/units/import",
                "text/csv; charset=UTF-8", "code,name,kind,parentCode\n39999,UBND xã Mới lập,COMMUNE,90\n"),
                "Importing a unit");
        ApiClient.Answer tree = ApiClient.expect(api.get(OpsTenant.ADMIN, units), "Units after");
        assertNotEquals(imported.servedBy(), tree.servedBy(), "imported on one instance, listed on the other");
        assertTrue(tree.body().contains("\"39999\""), "the other instance's unit tree has the new commune");
    }

    @Test
    @Order(5)
    void aLoginThroughOneInstanceIsASessionOnBoth() {
        String commune = tenant.communes.get(1);
        BrowserSession browser = new BrowserSession();
        BrowserSession.Page start = browser.get(proxy.baseUrl + "/campaigns");
        assertEquals(302, start.status(), "the page sends the browser to the provider");
        assertTrue(start.location().startsWith(idp.issuer + "/auth"), start.location());
        String redirectUri = IdentityProvider.param(start.location(), "redirect_uri");
        assertTrue(redirectUri.startsWith(proxy.baseUrl), "back through the proxy: " + redirectUri);

        BrowserSession.Page provider = browser.get(start.location() + "&login=" + OpsTenant.reporterOf(commune));
        BrowserSession.Page callback = browser.get(provider.location());
        assertNotEquals(start.servedBy(), callback.servedBy(), "the login ends on the other instance");
        assertEquals(302, callback.status(), "the other instance accepts the login state: " + callback.body());
        assertTrue(browser.has("q_session"), "a session cookie");
        // encrypted (JWE: five parts), not the tokens themselves: the other instance reads it only with the shared key
        String session = browser.cookie("q_session");
        assertEquals(5, session.split("\\.").length, "the session cookie is encrypted: " + session);
        assertTrue(!session.contains("|"), "no plain token in the session cookie");

        String back = callback.location().startsWith("http") ? callback.location()
                : proxy.baseUrl + callback.location();
        BrowserSession.Page one = browser.get(back);
        BrowserSession.Page other = browser.get(back);
        assertNotEquals(one.servedBy(), other.servedBy());
        for (BrowserSession.Page p : List.of(one, other)) {
            assertEquals(200, p.status(), p.servedBy() + " takes the session");
            assertTrue(p.body().contains(OpsTenant.reporterOf(commune)), p.servedBy() + " knows who is logged in");
            assertTrue(p.body().contains("UBND xã Thử 2"), p.servedBy() + " lists her commune's reports");
        }
    }

    /**
     * The probes of deployment/k8s: while PostgreSQL is away each replica says it is not ready (the Service stops
     * sending it requests) but alive (it is not restarted), and both serve again once the server is back.
     */
    @Test
    @Order(6)
    void withoutTheDatabaseAReplicaIsAliveButNotReady() {
        for (AppProcess p : List.of(a, b)) {
            assertEquals(200, health(p, "ready"), p.name + " ready");
        }
        db.stop();
        try {
            for (AppProcess p : List.of(a, b)) {
                awaitThat(() -> health(p, "ready") == 503, p.name + " not ready without its database");
                assertEquals(200, health(p, "live"), p.name + " still alive without its database");
            }
        } finally {
            db.startAgain();
        }
        for (AppProcess p : List.of(a, b)) {
            awaitThat(() -> health(p, "ready") == 200, p.name + " ready again");
        }
        for (int i = 0; i < 6; i++) {
            ApiClient.Answer again = api.get(OpsTenant.ISSUER, "/api/campaigns/" + tenant.campaignId);
            assertEquals(200, again.status(), again.servedBy() + " serves after the outage: " + again.body());
        }
    }

    /** What the kubelet would see: the probe's status straight from the instance. */
    private static int health(AppProcess p, String probe) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(p.baseUrl + "/q/health/" + probe))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long received(JsonNode rollup) {
        for (JsonNode t : rollup.get("tables")) {
            if (t.get("code").asText().equals("phu-luc-1")) {
                JsonNode v = t.get("grandTotal").get("cells").get("ho_so_nhan");
                return v == null || v.isNull() ? 0 : v.asLong();
            }
        }
        throw new AssertionError("no phu-luc-1 in " + rollup);
    }

    private static Map<String, Long> countsByCode(String sql, Object... params) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query(sql, params)) {
            out.put((String) r.get("code"), ((Number) r.get("n")).longValue());
        }
        return out;
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "not within 90 s: " + what);
            AppProcess.sleep(250);
        }
    }
}
