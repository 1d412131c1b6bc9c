package vn.tonghop.regime;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Seed 001's two-period table as a quarterly regime (template {@code tiep-nhan-tthc-hang-quy}): the columns of the
 * previous quarter and of the same quarter last year fill themselves from the communes' accepted reports of those
 * periods, the commune formed by merging two others on 1/4/2027 takes their sum, the ratios compute from them, a report
 * returned since no longer counts, and the template's own anomaly thresholds decide what is out of line.
 */
@PortalTest
class EarlierPeriodsTest {

    static final String TEMPLATE = "tiep-nhan-tthc-hang-quy";
    static final String TABLE = "thong-ke-tthc-quy";
    static final String ROW = "cap-xa-truc-tiep";

    @Inject
    PortalClock clock;

    RegimeFixture f;
    long regime;

    @BeforeEach
    void regimeWithAMerger() {
        Scenario.at(clock, OffsetDateTime.parse("2026-12-20T09:00+07:00").toInstant());
        f = RegimeFixture.open("ky-truoc");
        f.importUnits("9901004,UBND xã Hợp Nhất,COMMUNE,9901,01/04/2027,");
        people(writer("9901002") + ",Cán bộ xã Hai,9901002,reporter;approver\n" + writer("9901003")
                + ",Cán bộ xã Ba,9901003,reporter;approver\n");
        for (String merged : List.of("9901002", "9901003")) {
            Tokens.as(f.tenant().admin()).contentType(ContentType.JSON)
                    .body(Map.of("into", "9901004", "effectiveOn", "2027-04-01"))
                    .post("/api/units/" + merged + "/merge").then().statusCode(200);
        }
        Map<String, Object> body = new HashMap<>(RegimeFixture.quarterly("2027-Q1", null));
        body.put("templateCode", TEMPLATE);
        body.put("title", "Báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính");
        regime = f.created(body);
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    void people(String rows) {
        String file = "username,displayName,unitCode,role\n" + rows;
        Tokens.as(f.tenant().admin()).contentType(RegimeFixture.CSV).body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);
    }

    /** The first days of the merged commune: its staff can be given rights once it exists. */
    void afterTheMerger() {
        Scenario.at(clock, OffsetDateTime.parse("2027-04-02T09:00+07:00").toInstant());
        people(writer("9901004") + ",Cán bộ xã Hợp Nhất,9901004,reporter;approver\n");
    }

    String writer(String unit) {
        return unit.equals("9901001") ? f.reporter() : "xa" + unit.substring(6) + "." + f.tenant().code();
    }

    long openNext() {
        return Tokens.as(f.districtIssuer()).post("/api/regimes/" + regime + "/open-next").then().statusCode(201)
                .extract().jsonPath().getLong("campaignId");
    }

    String path(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    /** Saves the commune's figures of the quarter (and a value typed into an earlier column, to be ignored). */
    void save(long campaign, String unit, int received, int onTime) {
        long version = Tokens.as(writer(unit)).get(path(campaign, unit)).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        Map<String, Object> cells = new HashMap<>(
                Map.of("tiep_nhan", received, "dung_han", onTime, "qua_han", 0, "tiep_nhan_quy_truoc", 999));
        Map<String, Object> update = Map.of("version", version, "sections",
                Map.of("tinh-hinh-thuc-hien", "<p>Tiếp nhận đầy đủ.</p>"), "tables",
                Map.of(TABLE, Map.of("rows", List.of(Map.of("key", ROW, "cells", cells)))));
        Tokens.as(writer(unit)).contentType(ContentType.JSON).body(update).put(path(campaign, unit)).then()
                .statusCode(200);
    }

    void submit(long campaign, String unit, int received, int onTime) {
        save(campaign, unit, received, onTime);
        Tokens.as(writer(unit)).contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Thị Duyệt"))
                .post(path(campaign, unit) + "/submit").then().statusCode(200);
    }

    Map<String, Object> row(long campaign, String unit) {
        JsonPath json = Tokens.as(writer(unit)).get(path(campaign, unit)).then().statusCode(200).extract().jsonPath();
        return json.getMap("tables.'" + TABLE + "'.rows.find { it.key == '" + ROW + "' }.cells");
    }

    static void same(String expected, Object actual, String... why) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())) == 0,
                () -> "expected " + expected + " but was " + actual + " " + String.join(" ", why));
    }

    @Test
    void earlierColumnsFillFromAcceptedReportsAndAMergedCommuneTakesItsPredecessorsSum() {
        long q1 = openNext();
        submit(q1, "9901001", 40, 30);
        submit(q1, "9901002", 30, 20);
        submit(q1, "9901003", 20, 10);
        afterTheMerger();
        long q2 = openNext();
        assertEquals(List.of("9901001", "9901004"), f.recipients(q2).stream().sorted().toList());

        // before anything is typed the form shows the previous quarter, greyed and not typable
        String form = Tokens.as(writer("9901004")).get("/campaigns/" + q2 + "/submissions/9901004").then()
                .statusCode(200).extract().asString();
        assertTrue(form.contains("cell-earlier"), form);
        assertTrue(form.contains("Quý I/2027 (kỳ trước)"), form);
        assertTrue(form.contains("cùng kỳ năm trước để trống"), "Quý II/2026 was never opened");
        assertFalse(form.contains("name=\"cell." + TABLE + "." + ROW + ".tiep_nhan_quy_truoc\""),
                "an earlier figure is not an input");
        same("50", row(q2, "9901004").get("tiep_nhan_quy_truoc"));

        save(q2, "9901001", 50, 45);
        save(q2, "9901004", 60, 55);
        Map<String, Object> own = row(q2, "9901001");
        same("40", own.get("tiep_nhan_quy_truoc"), "typed 999 is not kept: " + own);
        same("125", own.get("so_voi_quy_truoc"));
        Map<String, Object> merged = row(q2, "9901004");
        same("50", merged.get("tiep_nhan_quy_truoc"), "30 + 20: " + merged);
        same("120", merged.get("so_voi_quy_truoc"));
        assertNull(merged.get("tiep_nhan_cung_ky"));

        // a report returned for revision is not accepted any more: only xã Hai's figure stands for the merged commune
        Tokens.as(f.districtIssuer()).contentType(ContentType.JSON).body(Map.of("comment", "Kiểm tra lại số liệu."))
                .post(path(q1, "9901003") + "/return").then().statusCode(200);
        save(q2, "9901004", 61, 55);
        same("30", row(q2, "9901004").get("tiep_nhan_quy_truoc"));
        Tokens.as(writer("9901003")).contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Thị Duyệt"))
                .post(path(q1, "9901003") + "/submit").then().statusCode(200);
        Tokens.as(writer("9901004")).contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Thị Duyệt"))
                .post(path(q2, "9901004") + "/submit").then().statusCode(200);
        same("50", row(q2, "9901004").get("tiep_nhan_quy_truoc"), "submitting takes the figures as they stand");

        // a year on: the same quarter of 2027 for the merged commune, its previous quarter not yet reported
        openNext();
        long q4 = openNext();
        long nextQ1 = openNext();
        submit(q4, "9901001", 44, 40);
        save(nextQ1, "9901004", 70, 60);
        Map<String, Object> later = row(nextQ1, "9901004");
        same("50", later.get("tiep_nhan_cung_ky"), "Quý I/2027 of xã Hai and xã Ba");
        same("30", later.get("dung_han_cung_ky"));
        same("140", later.get("so_voi_cung_ky"));
        assertNull(later.get("tiep_nhan_quy_truoc"), "nothing accepted for Quý IV/2027: " + later);
        Tokens.as(writer("9901004")).get("/campaigns/" + nextQ1 + "/submissions/9901004").then().statusCode(200)
                .body(containsString("Quý IV/2027 (kỳ trước) chưa có báo cáo đã nộp"))
                .body(containsString("Quý I/2027 (cùng kỳ năm trước)"));
        save(nextQ1, "9901001", 48, 40);
        Map<String, Object> first = row(nextQ1, "9901001");
        same("44", first.get("tiep_nhan_quy_truoc"));
        same("40", first.get("tiep_nhan_cung_ky"));

        // the anomaly checks compare with the same quarter last year too, the merged commune with its predecessors' sum
        save(nextQ1, "9901004", 200, 150);
        JsonPath flags = Tokens.as(writer("9901004")).get(path(nextQ1, "9901004") + "/anomalies").then().statusCode(200)
                .extract().jsonPath();
        String reasons = flags.getString("items.find { it.column == 'tiep_nhan' }.reasons");
        assertTrue(reasons != null && reasons.contains("Gấp 4 lần cùng kỳ năm trước (50)"), flags.prettify());
        assertFalse(flags.getList("items.column").contains("tiep_nhan_cung_ky"), "an earlier figure is not judged");
    }

    @Test
    void theTemplatesThresholdsDecideWhatIsOutOfLine() {
        long q1 = openNext();
        submit(q1, "9901001", 40, 5);
        long q2 = openNext();
        // 110 is 2.75 times 40 (the template flags from 2.5, the portal's default from 3); 15 is 3 times 5 but only
        // 10 more (the template ignores differences under 20, the portal's default under 10)
        save(q2, "9901001", 110, 15);
        JsonPath flags = Tokens.as(f.reporter()).get(path(q2, "9901001") + "/anomalies").then().statusCode(200)
                .body("items.column", not(org.hamcrest.Matchers.hasItem("tiep_nhan_quy_truoc"))).extract().jsonPath();
        assertEquals(List.of("tiep_nhan"), flags.getList("items.column"), flags.prettify());
        assertTrue(flags.getString("items[0].reasons").contains("Gấp 2,8 lần kỳ trước (40)"), flags.prettify());
    }

    /** A fixed row of the consolidation the district reads. */
    Map<String, Object> consolidated(long campaign, String key) {
        JsonPath json = Tokens.as(f.districtIssuer()).get("/api/campaigns/" + campaign + "/rollup").then()
                .statusCode(200).extract().jsonPath();
        return json.getMap("tables.find { it.code == '" + TABLE + "' }.rows.find { it.key == '" + key + "' }.cells");
    }

    @Test
    void theConsolidationComparesTheSameUnitsWithTheirEarlierPeriod() {
        long q1 = openNext();
        submit(q1, "9901001", 40, 30);
        submit(q1, "9901002", 30, 20);
        submit(q1, "9901003", 20, 10);
        afterTheMerger();
        long q2 = openNext();
        submit(q2, "9901001", 50, 45);
        submit(q2, "9901004", 60, 55);
        Map<String, Object> row = consolidated(q2, ROW);
        same("110", row.get("tiep_nhan"), row.toString());
        same("90", row.get("tiep_nhan_quy_truoc"), "40 + 30 + 20: " + row);
        same("122.2", row.get("so_voi_quy_truoc"), "computed from the totals, not added up: " + row);
        assertNull(row.get("tiep_nhan_cung_ky"), row.toString());
    }
}
