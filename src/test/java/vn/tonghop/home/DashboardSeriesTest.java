package vn.tonghop.home;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.user.Role;
import vn.tonghop.user.UserService;

/**
 * The key figure across periods by district, in a tenant of its own so that other tests' reports do not count: two
 * districts, three communes, two quarters, and a second campaign of the first quarter answered again by one commune.
 */
@PortalTest
class DashboardSeriesTest {

    static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    @Inject
    PortalClock clock;

    @Inject
    TenantRunner runner;

    @Inject
    UnitService units;

    @Inject
    UserService users;

    FreshTenant tenant;
    String viewer;
    Map<String, String> reporter = new HashMap<>();

    @BeforeEach
    void province() {
        tenant = FreshTenant.open("bieudo");
        viewer = "tk." + tenant.code();
        runner.run(tenant.code(), () -> {
            Unit root = units.require(FreshTenant.ROOT);
            Unit d1 = units.create("991", "UBND huyện Một", UnitKind.DISTRICT, root, SINCE, null);
            Unit d2 = units.create("992", "UBND huyện Hai", UnitKind.DISTRICT, root, SINCE, null);
            Map<String, Unit> communes = Map.of("99101",
                    units.create("99101", "UBND xã Một Một", UnitKind.COMMUNE, d1, SINCE, null), "99102",
                    units.create("99102", "UBND xã Một Hai", UnitKind.COMMUNE, d1, SINCE, null), "99201",
                    units.create("99201", "UBND xã Hai Một", UnitKind.COMMUNE, d2, SINCE, null));
            users.grant(viewer, "Thống kê tỉnh", root, Role.ISSUER);
            users.grant(viewer, null, root, Role.VIEWER);
            communes.forEach((code, unit) -> {
                String login = "cb" + code + "." + tenant.code();
                users.grant(login, null, unit, Role.REPORTER);
                reporter.put(code, login);
            });
        });
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    void at(String isoLocal) {
        Scenario.at(clock, OffsetDateTime.parse(isoLocal + "+07:00").toInstant());
    }

    long campaign(String period, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "mot-cua-2017-q1");
        body.put("issuerUnitCode", FreshTenant.ROOT);
        body.put("title", "Báo cáo một cửa " + period);
        body.put("letterNumber", "01/UBND-KSTT");
        body.put("periodLabel", period);
        body.put("deadline", deadline);
        body.put("recipientUnitCodes", List.of("99101", "99102", "99201"));
        return Scenario.createAndPublish(viewer, body);
    }

    void report(long campaign, String commune, int onTime, int late) {
        String login = reporter.get(commune);
        Scenario.fillAndSubmit(campaign, commune, login, login, onTime + late, onTime, late);
    }

    JsonPath series(String user, String query) {
        return Tokens.as(user)
                .config(io.restassured.RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/dashboard/series?" + query).then().statusCode(200).extract().jsonPath();
    }

    static List<BigDecimal> values(JsonPath series, String unitCode) {
        List<Object> raw = series.getList("lines.find { it.unitCode == '" + unitCode + "' }.values");
        List<BigDecimal> out = new ArrayList<>();
        raw.forEach(v -> out.add(v == null ? null : new BigDecimal(v.toString()).stripTrailingZeros()));
        return out;
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    @Test
    void percentageOfDossiersResolvedOnTimePerQuarterByDistrict() {
        at("2017-04-22T08:00");
        long q1 = campaign("Quý I/2017", "2017-04-26T17:00:00+07:00");
        report(q1, "99101", 8, 2);
        report(q1, "99102", 6, 4);
        report(q1, "99201", 9, 1);
        // a second request for the same quarter: the commune's later report replaces its first, never adds to it
        at("2017-04-23T08:00");
        long again = campaign("Quý I/2017", "2017-04-27T17:00:00+07:00");
        report(again, "99101", 10, 0);
        at("2017-07-10T08:00");
        long q2 = campaign("Quý II/2017", "2017-07-20T17:00:00+07:00");
        report(q2, "99101", 7, 3);
        report(q2, "99102", 5, 5);

        JsonPath ratio = series(viewer, "template=mot-cua-2017-q1&column=ty_le_dung_han");
        assertEquals(List.of("Quý I/2017", "Quý II/2017"), ratio.getList("periods"));
        assertEquals(List.of("991", "992"), ratio.getList("lines.unitCode"));
        assertEquals("Tỷ lệ giải quyết đúng hạn", ratio.getString("columnHeader"));
        // (10 + 6) / (10 + 6 + 0 + 4) and (7 + 5) / 20: ratios of sums, not averages of ratios
        assertEquals(List.of(n("80"), n("60")), values(ratio, "991"));
        assertEquals(java.util.Arrays.asList(n("90"), null), values(ratio, "992"));

        JsonPath sums = series(viewer, "template=mot-cua-2017-q1&column=dung_han");
        assertEquals(List.of(n("16"), n("12")), values(sums, "991"));

        JsonPath home = Tokens.as(viewer).get("/api/dashboard").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Quý I/2017", "Quý II/2017"),
                home.getList("charts.find { it.templateCode == 'mot-cua-2017-q1' }.periods"));

        // a commune's reporter has no district below them; another tenant sees none of these districts
        assertThat(series(reporter.get("99101"), "template=mot-cua-2017-q1&column=ty_le_dung_han").getList("lines"),
                empty());
        assertThat(series("snv.thanhhoa", "template=mot-cua-2017-q1&column=ty_le_dung_han").getList("lines.unitCode"),
                not(hasItem("991")));
    }

    @Test
    void aBadTemplateOrColumnIsRefusedWithAMessage() {
        Tokens.as(viewer).get("/api/dashboard/series?template=mot-cua-2017-q1&column=ghi_chu").then().statusCode(422)
                .body("messages[0]", containsString("ghi_chu"));
        Tokens.as(viewer).get("/api/dashboard/series?template=mot-cua-2017-q1&column=khong-co").then().statusCode(422);
        Tokens.as(viewer).get("/api/dashboard/series?template=khong-co&column=dung_han").then().statusCode(404);
        Tokens.as(viewer).get("/api/dashboard/series").then().statusCode(422);
        io.restassured.RestAssured.given().get("/api/dashboard/series?template=mot-cua-2017-q1&column=dung_han").then()
                .statusCode(401);
    }
}
