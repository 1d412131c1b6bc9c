package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;
import vn.tonghop.unit.Unit;

/** A kept rollup is served only while nothing it was computed from has changed. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RollupCacheTest {

    @Inject
    PortalClock clock;

    @Inject
    RollupCache cache;

    @Inject
    TenantRunner tenants;

    private final AtomicReference<List<RollupView.TableRollup>> keptTables = new AtomicReference<>();

    private static final String COMMUNES = "tables[0].groups.find { it.label.startsWith('CẤP XÃ') }";

    /** Reads the rollup through the cache as a job would, counting how often it had to be computed. */
    private RollupView read(long campaignId, AtomicInteger computed, RollupView fresh) {
        return tenants.call("thanh-hoa", () -> cache.get(Campaign.findById(campaignId), RollupService.Options.DEFAULT,
                clock.nowOffset(), kept -> {
                    computed.incrementAndGet();
                    keptTables.set(kept);
                    return fresh;
                }));
    }

    @Test
    void aRollupIsComputedOnceWhileNothingChangesAndAgainAfterASave() {
        long campaign = Scenario.bimSonChain();
        RollupView first = new RollupView(campaign, "first", null, null, null, null, null, false, false, null, null,
                null);
        RollupView second = new RollupView(campaign, "second", null, null, null, null, null, false, false, null, null,
                null);
        AtomicInteger computed = new AtomicInteger();

        assertSame(first, read(campaign, computed, first));
        assertSame(first, read(campaign, computed, second));
        assertEquals(1, computed.get());

        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        assertSame(second, read(campaign, computed, second));
        assertEquals(2, computed.get());
    }

    @Test
    void nothingIsKeptFromATransactionThatHasWritten() {
        long campaign = Scenario.bimSonChain();
        AtomicInteger computed = new AtomicInteger();
        RollupView view = new RollupView(campaign, "t", null, null, null, null, null, false, false, null, null, null);
        tenants.call("thanh-hoa", () -> {
            Unit.update("name = name where code = ?1", "14794");
            cache.get(Campaign.findById(campaign), RollupService.Options.DEFAULT, clock.nowOffset(), kept -> {
                computed.incrementAndGet();
                return view;
            });
            return null;
        });
        read(campaign, computed, view);
        assertEquals(2, computed.get());
    }

    @Test
    void theProvinceSeesACommuneThatSubmitsToTheRelayAfterItsLastRead() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        JsonPath before = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, before.getInt("completeness.units.find { it.unitCode == '381' }.childCoverage.submitted"));

        Scenario.fillAndSubmit(child, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);

        JsonPath after = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, after.getInt("completeness.units.find { it.unitCode == '381' }.childCoverage.submitted"));
        assertEquals(10, after.getInt(COMMUNES + ".total.cells.ho_so_nhan"));
    }

    @Test
    void aRenamedUnitAndTheIssuersOwnFiguresShowInTheNextRead() {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        JsonPath before = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().extract()
                .jsonPath();
        assertEquals("UBND phường Ba Đình", before.getString(COMMUNES + ".rows[0].unitName"));

        tenants.run("thanh-hoa", () -> Unit.update("name = ?1 where code = ?2", "UBND phường Ba Đình mới", "14794"));
        try {
            JsonPath renamed = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().extract()
                    .jsonPath();
            assertEquals("UBND phường Ba Đình mới", renamed.getString(COMMUNES + ".rows[0].unitName"));
            assertEquals(10, renamed.getInt("tables[0].grandTotal.cells.ho_so_nhan"));

            RollupApiTest.townOwnRow(campaign);
            JsonPath withOwnRow = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().extract()
                    .jsonPath();
            assertEquals(210, withOwnRow.getInt("tables[0].grandTotal.cells.ho_so_nhan"));
        } finally {
            tenants.run("thanh-hoa", () -> Unit.update("name = ?1 where code = ?2", "UBND phường Ba Đình", "14794"));
        }
    }

    /** What the issuer's consolidated text edit leaves alone: the tables, kept and handed back to the next compute. */
    @Test
    void anEditOfTheConsolidatedTextKeepsTheTablesAndAnEditOfItsFiguresDoesNot() {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        RollupView.TableRollup table = new RollupView.TableRollup("phu-luc-2", "t", null, null, "units", null,
                List.of(), List.of(), null, null, null);
        RollupView view = new RollupView(campaign, "t", null, null, null, null, null, false, false, List.of(table),
                List.of(), null);
        AtomicInteger computed = new AtomicInteger();
        saveConsolidated(campaign, Map.of("sections", Map.of("uu-diem", "<p>Lần sửa thứ nhất.</p>")));
        read(campaign, computed, view);
        assertNull(keptTables.get(), "nothing kept yet");

        saveConsolidated(campaign, Map.of("sections", Map.of("uu-diem", "<p>Lần sửa thứ hai.</p>")));
        read(campaign, computed, view);
        assertEquals(2, computed.get());
        assertSame(view.tables(), keptTables.get(), "a text edit hands back the kept tables");

        saveConsolidated(campaign, Map.of("tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10))))));
        read(campaign, computed, view);
        assertEquals(3, computed.get());
        assertNull(keptTables.get(), "the issuer's own figures change the tables");
    }

    @Test
    void theNextReadAfterATextEditShowsTheNewTextBesideTheSameTotals() {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        JsonPath before = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(10, before.getInt("tables[0].grandTotal.cells.ho_so_nhan"));

        saveConsolidated(campaign, Map.of("sections", Map.of("uu-diem", "<p>Thị xã chỉ đạo sát sao.</p>")));
        JsonPath after = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("<p>Thị xã chỉ đạo sát sao.</p>",
                after.getString("narratives.find { it.sectionCode == 'uu-diem' }.consolidated"));
        assertEquals(10, after.getInt("tables[0].grandTotal.cells.ho_so_nhan"));
        assertEquals(before.getList(COMMUNES + ".rows.unitCode"), after.getList(COMMUNES + ".rows.unitCode"));
        assertEquals(1, after.getInt("completeness.submitted"));
    }

    private static void saveConsolidated(long campaign, Map<String, Object> parts) {
        long version = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> body = new java.util.HashMap<>(parts);
        body.put("version", version);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body)
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);
    }

    @Inject
    RollupPieces pieces;

    private String relayFingerprint(long root, long relay) {
        return tenants.call("thanh-hoa",
                () -> pieces.states(Campaign.findById(root), clock.nowOffset()).fingerprints().get(relay));
    }

    /** A relay is loaded again when a report under it changes, and only then: not for its parent's text. */
    @Test
    void aRelaysFingerprintChangesWithTheReportsUnderItAndNotWithItsParentsText() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        String first = relayFingerprint(parent, child);

        long version = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/consolidated").then()
                .statusCode(200).extract().jsonPath().getLong("version");
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("version", version, "sections", Map.of("uu-diem", "<p>Tỉnh tổng hợp.</p>")))
                .put("/api/campaigns/" + parent + "/consolidated").then().statusCode(200);
        assertEquals(first, relayFingerprint(parent, child), "the province's own text is not under the relay");

        Scenario.fillAndSubmit(child, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);
        String afterSubmit = relayFingerprint(parent, child);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, afterSubmit);

        RollupApiTest.townOwnRow(child);
        org.junit.jupiter.api.Assertions.assertNotEquals(afterSubmit, relayFingerprint(parent, child),
                "the town's own figures are under the relay");
    }
}
