package vn.tonghop.regime;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * A quarterly regime of 2027 with a clock that moves through the year: each quarter's campaign opens by itself when the
 * quarter starts, once even with two scheduler instances running together against the one database, to the communes the
 * dated tree holds then (a merger on 1/7/2027, a commune created on 1/10/2027), with the regime's cut-off and deadline;
 * nothing opens after the last period.
 */
@PortalTest
class RegimeScheduleTest {

    @Inject
    PortalClock clock;

    @Inject
    RegimeJob job;

    @Inject
    DataSource ds;

    @AfterEach
    void now() {
        clock.set(null);
    }

    void at(String isoLocal) {
        Scenario.at(clock, OffsetDateTime.parse(isoLocal + "+07:00").toInstant());
    }

    /** Two scheduler instances at once, started together. */
    void twoInstancesRun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return job.runAll();
            };
            List<Future<Integer>> runs = List.of(pool.submit(run), pool.submit(run));
            start.countDown();
            for (Future<Integer> f : runs) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    List<Object> campaigns(long regime) {
        return OpsFixtures.column(ds, "select campaign_id from regime_period where regime_id = ? order by period_code",
                regime);
    }

    long campaignsOfTenant(RegimeFixture f) {
        return OpsFixtures.count(ds, "select count(*) from campaign where tenant_id = ?", f.tenant().code());
    }

    @Test
    void fourQuartersOpenOnceEachToTheUnitsOfTheirDay() throws Exception {
        at("2026-12-20T09:00");
        RegimeFixture f = RegimeFixture.open("che-do");
        long regime = f.created(RegimeFixture.quarterly("2027-Q1", "2027-Q4"));
        // the tree changes during the year: Xã Hai merges into Xã Một on 1/7, Xã Bốn is created on 1/10
        Tokens.as(f.tenant().admin()).contentType(ContentType.JSON)
                .body(Map.of("into", "9901001", "effectiveOn", "2027-07-01")).post("/api/units/9901002/merge").then()
                .statusCode(200);
        f.importUnits("9901004,UBND xã Bốn,COMMUNE,9901,01/10/2027,");

        at("2026-12-31T23:00");
        twoInstancesRun();
        assertEquals(0, campaignsOfTenant(f), "nothing before the first quarter starts");

        String[][] quarters = { { "2027-01-01T00:20", "Quý I/2027", "2027-03-14", "2027-03-18T17:00:00+07:00" },
                { "2027-04-01T00:20", "Quý II/2027", "2027-06-14", "2027-06-18T17:00:00+07:00" },
                { "2027-07-01T00:20", "Quý III/2027", "2027-09-14", "2027-09-18T17:00:00+07:00" },
                { "2027-10-01T00:20", "Quý IV/2027", "2027-12-14", "2027-12-18T17:00:00+07:00" } };
        List<List<String>> recipients = List.of(List.of("9901001", "9901002", "9901003"),
                List.of("9901001", "9901002", "9901003"), List.of("9901001", "9901003"),
                List.of("9901001", "9901003", "9901004"));
        for (int q = 0; q < 4; q++) {
            at(quarters[q][0]);
            twoInstancesRun();
            twoInstancesRun(); // a later run (a restart, the next tick) finds the quarter open
            assertEquals(q + 1, campaignsOfTenant(f), "one campaign per quarter, opened once: " + quarters[q][1]);
            List<Object> ids = campaigns(regime);
            assertEquals(q + 1, ids.size());
            long campaign = ((Number) ids.get(q)).longValue();
            JsonPath c = Tokens.as(f.districtIssuer()).get("/api/campaigns/" + campaign).then().statusCode(200)
                    .body("status", is("PUBLISHED")).body("periodLabel", is(quarters[q][1]))
                    .body("cutOff", is(quarters[q][2])).body("deadline", is(quarters[q][3]))
                    .body("title", is("Báo cáo tình hình thực hiện cơ chế một cửa " + lower(quarters[q][1])))
                    .body("respondsTo", is("Quyết định số 12/2026/QĐ-UBND ngày 05/01/2026 của UBND tỉnh"))
                    .body("reportType", is("DINH_KY")).extract().jsonPath();
            assertEquals(recipients.get(q), c.getList("recipients.unitCode").stream().sorted().toList(),
                    quarters[q][1]);
            // the quarter's notice reaches the commune's inbox
            Tokens.as(f.reporter()).get("/api/campaigns/inbox").then().statusCode(200)
                    .body("findAll { it.campaignId == " + campaign + " }.unitCode", contains("9901001"));
            if (q == 0) {
                // Xã Một reports the first quarter on time, and only that one
                Scenario.fillAndSubmit(campaign, "9901001", f.reporter(), f.reporter(), 10, 9, 1);
            }
        }

        at("2028-01-01T00:20");
        twoInstancesRun();
        assertEquals(4, campaignsOfTenant(f), "the regime stops after its last period");

        Tokens.as(f.districtIssuer()).get("/api/regimes/" + regime).then().statusCode(200)
                .body("frequency", is("QUARTERLY"))
                .body("periods.label", contains("Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"))
                .body("periods.deadline",
                        contains("2027-03-18T17:00:00+07:00", "2027-06-18T17:00:00+07:00", "2027-09-18T17:00:00+07:00",
                                "2027-12-18T17:00:00+07:00"))
                .body("periods.cutoff", contains("2027-03-14", "2027-06-14", "2027-09-14", "2027-12-14"))
                .body("periods.campaignId",
                        contains(campaigns(regime).stream().map(o -> ((Number) o).intValue()).toArray()))
                .body("periods[2].progress.expected", is(2)).body("nextPeriod", is((Object) null));

        // the province's home page: on time per quarter, and the units late most often
        Document home = Jsoup.parse(Tokens.as(f.provinceIssuer()).get("/").then().statusCode(200).extract().asString());
        Element regimeBlock = home.selectFirst("#regime-timeliness [data-regime=" + regime + "]");
        assertNotNull(regimeBlock, "the regime's timeliness is on the home page");
        assertEquals(List.of("Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"),
                regimeBlock.select("tr[data-period] td:first-child").eachText());
        assertEquals(List.of("1/3 đơn vị (33%)", "0/3 đơn vị (0%)", "0/2 đơn vị (0%)", "0/3 đơn vị (0%)"),
                regimeBlock.select("small.rate").eachText());
        // Xã Ba missed all four, Xã Một three, Xã Hai two (then merged), Xã Bốn one
        assertEquals(List.of("9901003", "9901001", "9901002", "9901004"),
                regimeBlock.select("[data-late]").eachAttr("data-late"));
        assertTrue(regimeBlock.selectFirst("[data-late]").text().contains("4 kỳ"));
        Document communeHome = Jsoup
                .parse(Tokens.as(f.reporter()).get("/").then().statusCode(200).extract().asString());
        assertNull(communeHome.getElementById("regime-timeliness"), "a commune does not see the province's view");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
