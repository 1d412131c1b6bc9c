package vn.tonghop.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The issuer's own row of a units table in a quarterly regime ("A. CẤP HUYỆN"): its "previous quarter" column comes
 * from the district's own row in its consolidation of the previous quarter, as a commune's comes from her accepted
 * report, and only once the district has given figures of this quarter, so the totals compare the same units.
 */
@PortalTest
class IssuerEarlierRowTest {

    static final String TEMPLATE = "so-ho-so-hang-quy-huyen";
    static final String TABLE = "so-ho-so";
    static final String DISTRICT = "9901";

    static final String YAML = """
            code: so-ho-so-hang-quy-huyen
            version: 1
            title: Số hồ sơ tiếp nhận hằng quý
            reportType: dinh-ky
            frequency: quarter
            sections:
              - code: so-lieu
                title: Số liệu
                table: so-ho-so
            tables:
              - code: so-ho-so
                title: Số hồ sơ tiếp nhận
                rows:
                  labelHeader: Đơn vị
                  units:
                    groups:
                      - level: DISTRICT
                        label: Cấp huyện
                      - level: COMMUNE
                        label: Cấp xã
                  totalLabel: Tổng
                columns:
                  - code: tiep_nhan
                    header: Quý này
                    type: integer
                    min: 0
                  - code: quy_truoc
                    header: Quý trước
                    type: integer
                    earlierPeriod:
                      column: tiep_nhan
                      period: previous
                  - code: so_voi
                    header: So với quý trước (%)
                    type: percent
                    scale: 1
                    formula: "quy_truoc == 0 ? null : tiep_nhan * 100 / quy_truoc"
            """;

    @Inject
    PortalClock clock;

    RegimeFixture f;
    long regime;

    @BeforeEach
    void quarterlyRegimeOfItsOwnTemplate() {
        Scenario.at(clock, OffsetDateTime.parse("2026-12-20T09:00+07:00").toInstant());
        f = RegimeFixture.open("ky-truoc-huyen");
        Tokens.as(f.districtIssuer())
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml; charset=UTF-8").body(YAML).post("/api/templates").then()
                .statusCode(201);
        Map<String, Object> body = new java.util.HashMap<>(RegimeFixture.quarterly("2027-Q1", null));
        body.put("templateCode", TEMPLATE);
        regime = f.created(body);
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    long openNext() {
        return Tokens.as(f.districtIssuer()).post("/api/regimes/" + regime + "/open-next").then().statusCode(201)
                .extract().jsonPath().getLong("campaignId");
    }

    String path(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    /** Saves a unit's row (the district's own row through the same API), with a typed earlier figure to be ignored. */
    void save(String user, long campaign, String unit, int received) {
        long version = Tokens.as(user).get(path(campaign, unit)).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        Map<String, Object> update = Map.of("version", version, "tables", Map.of(TABLE, Map.of("rows",
                List.of(Map.of("key", unit, "cells", Map.of("tiep_nhan", received, "quy_truoc", 999))))));
        Tokens.as(user).contentType(ContentType.JSON).body(update).put(path(campaign, unit)).then().statusCode(200);
    }

    Map<String, Object> ownRow(long campaign) {
        JsonPath json = Tokens.as(f.districtIssuer()).get(path(campaign, DISTRICT)).then().statusCode(200).extract()
                .jsonPath();
        return json.getMap("tables.'" + TABLE + "'.rows.find { it.key == '" + DISTRICT + "' }.cells");
    }

    JsonPath rollup(long campaign) {
        return Tokens.as(f.districtIssuer()).get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theDistrictsOwnRowComparesWithItsOwnFiguresOfThePreviousQuarter() {
        long q1 = openNext();
        save(f.districtIssuer(), q1, DISTRICT, 12);
        assertNull(ownRow(q1).get("quy_truoc"), "nothing before the first quarter: " + ownRow(q1));
        save(f.reporter(), q1, "9901001", 5);
        Tokens.as(f.reporter()).contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Thị Duyệt"))
                .post(path(q1, "9901001") + "/submit").then().statusCode(200);

        long q2 = openNext();
        Map<String, Object> untouched = ownRow(q2);
        assertTrue(untouched == null || untouched.get("quy_truoc") == null,
                "no own figures of this quarter yet, so no earlier ones either: " + untouched);
        save(f.districtIssuer(), q2, DISTRICT, 18);
        Map<String, Object> own = ownRow(q2);
        EarlierPeriodsTest.same("12", own.get("quy_truoc"), "the district's own Quý I, not the typed 999: " + own);
        EarlierPeriodsTest.same("150", own.get("so_voi"), own.toString());

        JsonPath rollup = rollup(q2);
        Map<String, Object> row = rollup.getMap("tables.find { it.code == '" + TABLE
                + "' }.groups.rows.flatten().find { it.unitCode == '" + DISTRICT + "' }.cells");
        EarlierPeriodsTest.same("12", row.get("quy_truoc"), "the consolidation's own row: " + row);
        Map<String, Object> total = rollup.getMap("tables.find { it.code == '" + TABLE + "' }.grandTotal.cells");
        EarlierPeriodsTest.same("18", total.get("tiep_nhan"), "xã Một has not reported Quý II: " + total);
        EarlierPeriodsTest.same("12", total.get("quy_truoc"), "the same units in both quarters: " + total);

        // the consolidation page shows the earlier figure beside the inputs, read-only and never posted
        String page = Tokens.as(f.districtIssuer()).get("/campaigns/" + q2 + "/rollup").then().statusCode(200).extract()
                .asString();
        int at = page.indexOf("id=\"own-" + TABLE + "-quy_truoc\"");
        assertTrue(at > 0, page);
        String input = page.substring(page.lastIndexOf("<input", at), page.indexOf(">", at));
        assertTrue(input.contains("readonly") && input.contains("value=\"12\"") && !input.contains("name="), input);
        assertEquals(-1, page.indexOf("name=\"cell." + TABLE + ".quy_truoc\""), "an earlier figure is not an input");
    }
}
