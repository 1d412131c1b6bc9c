package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

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

    private static final String COMMUNES = "tables[0].groups.find { it.label.startsWith('CẤP XÃ') }";

    /** Reads the rollup through the cache as a job would, counting how often it had to be computed. */
    private RollupView read(long campaignId, AtomicInteger computed, RollupView fresh) {
        return tenants.call("thanh-hoa",
                () -> cache.get(Campaign.findById(campaignId), RollupService.Options.DEFAULT, clock.nowOffset(), () -> {
                    computed.incrementAndGet();
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
            cache.get(Campaign.findById(campaign), RollupService.Options.DEFAULT, clock.nowOffset(), () -> {
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
}
