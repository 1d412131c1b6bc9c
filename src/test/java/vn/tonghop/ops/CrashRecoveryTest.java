package vn.tonghop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 18, point 4: the packaged portal is killed with SIGKILL in the middle of a deadline rush (save + submit by
 * every commune), PostgreSQL is restarted on the same data folder, and a new portal on it still has every submission it
 * acknowledged, whole and once, and no report half written: every report is either as it was or as sent, and a
 * submitted one has exactly one kept version, equal to it.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

    private static final int COMMUNES = 240;
    private static final int CLIENTS = 16;
    private static final Path WORK = PackagedApp.PROJECT.resolve("target/ops/crash");

    /** What the rush got an answer for. */
    private final Map<String, Long> savedVersion = new ConcurrentHashMap<>();
    private final Map<String, Boolean> submitted = new ConcurrentHashMap<>();
    /** Refusals before the kill, by call and status, to tell a broken rush from a killed one. */
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillMidRush() throws Exception {
        PackagedApp.jar();
        PackagedApp.deleteRecursively(WORK);
        try (IdentityProvider idp = IdentityProvider.start();
                Database db = Database.fresh(WORK.resolve("postgres"))) {
            OpsTenant tenant;
            AppProcess first = AppProcess.start("portal-before-kill", WORK, config(idp, db));
            try {
                ApiClient api = new ApiClient(idp, first.baseUrl);
                tenant = OpsTenant.create(api, COMMUNES, OpsTenant.tomorrowAtFive());
                rushAndKill(api, tenant, first);
            } finally {
                first.kill();
            }
            System.out.printf("[ops] killed with %d of %d submissions acknowledged, %d saves; refused: %s%n",
                    submitted.size(), COMMUNES, savedVersion.size(), refused);
            assertTrue(submitted.size() >= COMMUNES / 3 && submitted.size() < COMMUNES,
                    "the kill came mid-rush: " + submitted.size() + " of " + COMMUNES + " submissions acknowledged");

            db.restart();
            try (AppProcess second = AppProcess.start("portal-after-kill", WORK, config(idp, db))) {
                ApiClient api = new ApiClient(idp, second.baseUrl);
                assertNothingHalfWritten(db, tenant);
                for (String commune : tenant.communes) {
                    checkAcknowledged(api, db, tenant, commune);
                }
                finishTheRush(api, tenant);
                JsonNode progress = ApiClient
                        .expect(api.get(OpsTenant.ISSUER, "/api/campaigns/" + tenant.campaignId), "Campaign").json()
                        .get("progress");
                assertEquals(COMMUNES, progress.get("submitted").asInt(), "after the restart every commune submits");
                assertNothingHalfWritten(db, tenant);
            }
        }
    }

    private static Map<String, String> config(IdentityProvider idp, Database db) {
        Map<String, String> c = new LinkedHashMap<>(db.portalConfig());
        c.putAll(idp.portalConfig());
        c.putAll(OpsTenant.portalConfig());
        return c;
    }

    /** Every commune saves its report and submits it; the portal is killed once a third are acknowledged. */
    private void rushAndKill(ApiClient api, OpsTenant tenant, AppProcess portal) throws Exception {
        Map<String, Long> opened = new ConcurrentHashMap<>();
        forEachCommune(tenant, commune -> {
            JsonNode s = ApiClient.expect(api.get(OpsTenant.reporterOf(commune), tenant.submissionPath(commune)),
                    "Opening " + commune).json();
            opened.put(commune, s.get("version").asLong());
        });
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (String commune : tenant.communes) {
                done.add(clients.submit(() -> {
                    String user = OpsTenant.reporterOf(commune);
                    String path = tenant.submissionPath(commune);
                    ApiClient.Answer save = api.put(user, path, OpsTenant.report(commune, opened.get(commune)));
                    if (!save.ok()) {
                        refuse("save", save);
                        return;
                    }
                    savedVersion.put(commune, save.json().get("version").asLong());
                    ApiClient.Answer submit = api.post(user, path + "/submit",
                            Map.of("signerName", signer(commune), "signerTitle", "Chủ tịch"));
                    if (submit.ok()) {
                        assertEquals("SUBMITTED", submit.json().get("status").asText());
                        submitted.put(commune, true);
                        acknowledged.incrementAndGet();
                    } else {
                        refuse("submit", submit);
                    }
                }));
            }
            while (acknowledged.get() < COMMUNES / 3) {
                assertTrue(portal.alive(), "the portal died by itself: see " + portal.log);
                assertFalse(done.stream().allMatch(Future::isDone), "the rush ended before the kill: " + refused);
                Thread.sleep(2);
            }
            portal.kill();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private void refuse(String call, ApiClient.Answer a) {
        String body = a.body() == null ? "" : a.body();
        refused.computeIfAbsent(call + " " + a.status() + " " + body.substring(0, Math.min(160, body.length())),
                k -> new AtomicInteger()).incrementAndGet();
    }

    /** A report acknowledged as saved or submitted is there as sent; a submitted one once. */
    private void checkAcknowledged(ApiClient api, Database db, OpsTenant tenant, String commune) {
        if (!savedVersion.containsKey(commune)) {
            return;
        }
        JsonNode s = ApiClient
                .expect(api.get(OpsTenant.reporterOf(commune), tenant.submissionPath(commune)), "Reading " + commune)
                .json();
        assertTrue(s.get("version").asLong() >= savedVersion.get(commune), commune + ": the acknowledged save is kept");
        assertWhole(commune, s);
        if (submitted.containsKey(commune)) {
            assertEquals("SUBMITTED", s.get("status").asText(), commune + " was acknowledged as submitted");
            assertEquals(1, db.count("""
                    select count(*) from submission_version v join submission s on s.id = v.submission_id
                     where s.campaign_id = ? and s.unit_id = (select id from unit where code = ?)
                       and v.status = 'SUBMITTED'""", tenant.campaignId, commune),
                    commune + ": its submission is kept once");
        }
    }

    private static void assertWhole(String commune, JsonNode s) {
        assertEquals(OpsTenant.narrative(commune), s.get("sections").get("tinh-hinh").asText(), commune + " narrative");
        JsonNode rows = s.get("tables").get("phu-luc-1").get("rows");
        JsonNode own = null;
        for (JsonNode r : rows) {
            if (r.get("key").asText().equals(commune)) {
                own = r;
            }
        }
        assertTrue(own != null, commune + ": its row is there");
        assertEquals(OpsTenant.received(commune), own.get("cells").get("ho_so_nhan").asInt(), commune + " received");
        assertEquals(Integer.parseInt(commune) % 97, own.get("cells").get("da_giai_quyet").asInt(), commune + " done");
    }

    /**
     * In the database: one report per commune; each either untouched (empty) or holding all it was sent; a submitted
     * one signed, with exactly one submitted version equal to it; versions numbered without gaps.
     */
    private static void assertNothingHalfWritten(Database db, OpsTenant tenant) {
        List<Map<String, Object>> reports = db.query("""
                select u.code, s.status, s.signer_name, s.submitted_at, s.data::text as data,
                       s.data -> 'sections' ->> 'tinh-hinh' as narrative,
                       (select count(*) from submission_version v where v.submission_id = s.id
                          and v.status = 'SUBMITTED') as submitted_versions,
                       (select count(*) from submission_version v where v.submission_id = s.id
                          and v.status = 'SUBMITTED' and v.data = s.data and v.signer_name = s.signer_name)
                          as equal_versions,
                       (select count(*) from submission_version v where v.submission_id = s.id) as versions,
                       (select coalesce(max(number), 0) from submission_version v where v.submission_id = s.id)
                          as last_number
                  from submission s join unit u on u.id = s.unit_id where s.campaign_id = ?""", tenant.campaignId);
        assertEquals(COMMUNES, reports.size(), "one report per commune");
        for (Map<String, Object> r : reports) {
            String commune = (String) r.get("code");
            Object narrative = r.get("narrative");
            boolean empty = narrative == null;
            assertTrue(empty || OpsTenant.narrative(commune).equals(narrative), commune + ": narrative whole or none");
            String data = (String) r.get("data");
            assertTrue(empty == !data.contains("\"ho_so_nhan\": " + OpsTenant.received(commune)),
                    commune + ": narrative and table written together: " + data);
            assertEquals(((Number) r.get("versions")).longValue(), ((Number) r.get("last_number")).longValue(),
                    commune + ": versions without gaps");
            if ("SUBMITTED".equals(r.get("status"))) {
                assertFalse(empty, commune + ": submitted with its content");
                assertEquals(signer(commune), r.get("signer_name"));
                assertTrue(r.get("submitted_at") != null, commune + ": submitted at a time");
                assertEquals(1L, ((Number) r.get("submitted_versions")).longValue(), commune + ": one submission");
                assertEquals(1L, ((Number) r.get("equal_versions")).longValue(), commune + ": version equals report");
            } else {
                assertEquals(0L, ((Number) r.get("submitted_versions")).longValue(), commune + ": no stray version");
            }
        }
    }

    /** After the restart, the communes whose submission was not acknowledged save and submit again. */
    private void finishTheRush(ApiClient api, OpsTenant tenant) {
        forEachCommune(tenant, commune -> {
            String user = OpsTenant.reporterOf(commune);
            String path = tenant.submissionPath(commune);
            JsonNode s = ApiClient.expect(api.get(user, path), "Reading " + commune).json();
            if ("SUBMITTED".equals(s.get("status").asText())) {
                return;
            }
            ApiClient.expect(api.put(user, path, OpsTenant.report(commune, s.get("version").asLong())),
                    "Saving " + commune + " again");
            ApiClient.expect(api.post(user, path + "/submit", Map.of("signerName", signer(commune))),
                    "Submitting " + commune + " again");
        });
    }

    /** Runs {@code work} for every commune, a few at a time; the first failure fails the test. */
    private static void forEachCommune(OpsTenant tenant, java.util.function.Consumer<String> work) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String commune : tenant.communes) {
                done.add(pool.submit(() -> work.accept(commune)));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String signer(String commune) {
        return "Nguyễn Văn " + commune;
    }
}
