package vn.tonghop.regime;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Setting up a regime through the API: impossible rules refused on their fields, rights as for campaigns at the issuing
 * unit, the next period opened early as a normal published campaign (readable, relayed below), a listed unit followed
 * into the unit it merged into, and the scheduler not opening again what the issuer opened.
 */
@PortalTest
class RegimeApiTest {

    @Inject
    PortalClock clock;

    @Inject
    RegimeJob job;

    @Inject
    DataSource ds;

    RegimeFixture f;

    @BeforeEach
    void province() {
        at("2026-12-20T09:00");
        f = RegimeFixture.open("dinh-ky");
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    void at(String isoLocal) {
        Scenario.at(clock, OffsetDateTime.parse(isoLocal + "+07:00").toInstant());
    }

    Map<String, Object> quarterly() {
        return RegimeFixture.quarterly("2027-Q1", null);
    }

    Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> out = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                out.remove((String) pairs[i]);
            } else {
                out.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return out;
    }

    void refused(Map<String, Object> body, String field, String text) {
        f.create(f.districtIssuer(), body).statusCode(422).body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(text));
    }

    @Test
    void impossibleRulesAreRefusedOnTheirFields() {
        Tokens.as(f.districtIssuer()).contentType(ContentType.JSON).body("{}").post("/api/regimes").then()
                .statusCode(422).body("errors.field", hasItems("templateCode", "issuerUnitCode", "title", "frequency",
                        "firstPeriod", "deadlineDay", "recipients.rule"));
        refused(with(quarterly(), "templateCode", "khong-co-mau"), "templateCode", "khong-co-mau");
        refused(with(quarterly(), "cutoffDay", 20), "cutoffDay", "ngày 20");
        // a monthly rule must hold in February too: 29 and 30 are both its 28th
        refused(with(quarterly(), "frequency", "MONTHLY", "firstPeriod", "2027-01", "cutoffDay", 29, "deadlineDay", 30),
                "cutoffDay", "28 ngày");
        // day 31 is June's 30th, so a cut-off on the 30th would fall on the deadline's day
        refused(with(quarterly(), "cutoffDay", 30, "deadlineDay", 31), "cutoffDay", "30 ngày");
        refused(with(quarterly(), "firstPeriod", "2027-01"), "firstPeriod", "2027-01");
        refused(with(quarterly(), "firstPeriod", "2026-Q3"), "firstPeriod", "18/09/2026");
        refused(with(quarterly(), "lastPeriod", "2026-Q4"), "lastPeriod", "Quý IV/2026");
        refused(with(quarterly(), "deadlineOffsetDays", 10), "deadlineDay", "một cách tính hạn nộp");
        refused(with(quarterly(), "deadlineDay", 32), "deadlineDay", "từ 1 đến 31");
        refused(with(quarterly(), "frequency", "WEEKLY"), "frequency", "WEEKLY");
        refused(with(quarterly(), "recipients", Map.of("rule", "LIST", "unitCodes", List.of("9901001", "KHONGCO"))),
                "recipients.unitCodes", "KHONGCO");
        refused(with(quarterly(), "recipients", Map.of("rule", "CHILDREN_OF_KIND")), "recipients.kind", "loại");
        refused(with(quarterly(), "recipients", Map.of("rule", "CHILDREN_OF_KIND", "kind", "DISTRICT")),
                "recipients.rule", "không có đơn vị nào");
        assertEquals(0, OpsFixtures.count(ds, "select count(*) from regime where tenant_id = ?", f.tenant().code()),
                "nothing refused was saved");
    }

    @Test
    void aDayTheMonthLacksIsItsLastDay() {
        long id = f.created(with(quarterly(), "cutoffDay", 25, "deadlineDay", 31, "lastPeriod", "2027-Q2"));
        Tokens.as(f.districtIssuer()).get("/api/regimes/" + id).then().statusCode(200)
                .body("periods.cutoff", contains("2027-03-25", "2027-06-25"))
                .body("periods.deadline", contains("2027-03-31T17:00:00+07:00", "2027-06-30T17:00:00+07:00"));
    }

    @Test
    void onlyAnIssuerOfTheIssuingUnitCreatesAndOpensAndReadersAreThoseOfItsCampaigns() {
        f.create(f.reporter(), quarterly()).statusCode(403);
        f.create("vp.bimson", quarterly()).statusCode(422).body("errors.field", hasItem("issuerUnitCode"));
        long id = f.created(quarterly());
        Tokens.as(f.reporter()).get("/api/regimes/" + id).then().statusCode(404);
        Tokens.as("vp.bimson").get("/api/regimes/" + id).then().statusCode(404);
        Tokens.as("vp.bimson").get("/api/regimes").then().statusCode(200).body("id", not(hasItem((int) id)));
        Tokens.as(f.reporter()).post("/api/regimes/" + id + "/open-next").then().statusCode(404);
        // the province's issuer reaches the district, as for its campaigns
        Tokens.as(f.provinceIssuer()).get("/api/regimes").then().statusCode(200).body("id", hasItem((int) id));

        Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201);
        // a commune asked by one of its campaigns reads the regime, but may not open the next period
        Tokens.as(f.reporter()).get("/api/regimes/" + id).then().statusCode(200).body("canManage", is(false));
        Tokens.as(f.reporter()).post("/api/regimes/" + id + "/open-next").then().statusCode(403);
        Tokens.as(f.districtIssuer()).get("/api/regimes/" + id).then().body("canManage", is(true));
    }

    @Test
    void theNextPeriodOpensEarlyAsANormalCampaignAndTheJobDoesNotOpenItAgain() {
        long id = f.created(with(quarterly(), "lastPeriod", "2027-Q2"));
        Tokens.as(f.districtIssuer()).get("/api/regimes/" + id).then().statusCode(200)
                .body("periods.label", contains("Quý I/2027", "Quý II/2027")).body("periods[0].campaignId", nullValue())
                .body("nextPeriod", is("2027-Q1"));

        JsonPath opened = Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201)
                .body("periodLabel", is("Quý I/2027")).body("period", is("2027-Q1"))
                .body("deadline", is("2027-03-18T17:00:00+07:00")).extract().jsonPath();
        long q1 = opened.getLong("campaignId");
        Tokens.as(f.districtIssuer()).get("/api/campaigns/" + q1).then().statusCode(200).body("status", is("PUBLISHED"))
                .body("cutOff", is("2027-03-14")).body("signerCapacity", is("TM. ỦY BAN NHÂN DÂN"));
        assertEquals(List.of("9901001", "9901002", "9901003"), f.recipients(q1).stream().sorted().toList());
        Tokens.as(f.reporter()).get("/api/campaigns/" + q1 + "/submissions/9901001").then().statusCode(200);

        long q2 = Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201)
                .body("periodLabel", is("Quý II/2027")).extract().jsonPath().getLong("campaignId");
        Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(409)
                .body("messages[0]", containsString("kỳ cuối"));

        at("2027-01-01T08:00");
        job.runAll();
        at("2027-04-01T08:00");
        job.runAll();
        assertEquals(List.of(q1, q2),
                OpsFixtures.column(ds, "select campaign_id from regime_period where regime_id = ? order by 1", id)
                        .stream().map(o -> ((Number) o).longValue()).toList());
        assertEquals(2, OpsFixtures.count(ds, "select count(*) from campaign where tenant_id = ?", f.tenant().code()));
        Tokens.as(f.districtIssuer()).get("/api/regimes/" + id).then().body("periods.campaignId",
                contains((int) q1, (int) q2));
    }

    @Test
    void aPeriodsCampaignIsRelayedBelowWithAnEarlierDeadline() {
        Map<String, Object> body = with(quarterly(), "issuerUnitCode", "99", "recipients",
                Map.of("rule", "CHILDREN_OF_KIND", "kind", "DISTRICT"));
        long id = f.create(f.provinceIssuer(), body).statusCode(201).extract().jsonPath().getLong("id");
        long campaign = Tokens.as(f.provinceIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201)
                .extract().jsonPath().getLong("campaignId");
        Map<String, Object> relay = Map.of("issuerUnitCode", "9901", "deadline", "2027-03-16T17:00:00+07:00",
                "recipientUnitCodes", List.of("9901001", "9901002"));
        long child = Tokens.as(f.districtIssuer()).contentType(ContentType.JSON).body(relay)
                .post("/api/campaigns/" + campaign + "/relay").then().statusCode(201)
                .body("parentId", is((int) campaign)).body("periodLabel", is("Quý I/2027")).extract().jsonPath()
                .getLong("id");
        Tokens.as(f.districtIssuer()).post("/api/campaigns/" + child + "/publish").then().statusCode(200);
        Tokens.as(f.provinceIssuer()).get("/api/campaigns/" + campaign).then().body("childIds", contains((int) child));
        // a relay may not be due after the regime's deadline
        Tokens.as(f.districtIssuer()).contentType(ContentType.JSON).body(Map.of("issuerUnitCode", "9901", "deadline",
                "2027-03-19T17:00:00+07:00", "recipientUnitCodes", List.of("9901003")))
                .post("/api/campaigns/" + campaign + "/relay").then().statusCode(409);
    }

    @Test
    void aListedUnitIsFollowedIntoTheUnitItMergedInto() {
        long id = f.created(with(quarterly(), "recipients", Map.of("rule", "LIST", "unitCodes", List.of("9901002"))));
        Tokens.as(f.tenant().admin()).contentType(ContentType.JSON)
                .body(Map.of("into", "9901001", "effectiveOn", "2027-04-01")).post("/api/units/9901002/merge").then()
                .statusCode(200);
        long q1 = Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201)
                .extract().jsonPath().getLong("campaignId");
        long q2 = Tokens.as(f.districtIssuer()).post("/api/regimes/" + id + "/open-next").then().statusCode(201)
                .extract().jsonPath().getLong("campaignId");
        assertEquals(List.of("9901002"), f.recipients(q1));
        assertEquals(List.of("9901001"), f.recipients(q2));
    }
}
